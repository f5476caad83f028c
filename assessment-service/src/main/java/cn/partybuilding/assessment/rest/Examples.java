package cn.partybuilding.assessment.rest;

/** Request and response examples of the OpenAPI document, in one place. */
final class Examples {

    static final String ID = "01JB8Z5Y7K3M9Q2W4E6R8T0Y1U";

    private Examples() {
    }
}
