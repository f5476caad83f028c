package cn.partybuilding.volunteer.rest;

/** Strings the resources' OpenAPI annotations share. */
final class Docs {

    static final String PROBLEM = "application/problem+json";

    private Docs() {
    }
}
