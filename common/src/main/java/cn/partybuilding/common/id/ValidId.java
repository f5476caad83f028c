package cn.partybuilding.common.id;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The value, when present, is an id ({@link Ulid#isValid}), so nothing else reaches a query. On a
 * query parameter or a body field a violation is a 400 naming the field; on a path parameter it is
 * a 404, as for an id that names nothing. A constraint of its own rather than {@code @Pattern}: the
 * OpenAPI scanner does not know it, so the published parameter schemas stay as they are.
 */
@Documented
@Constraint(validatedBy = ValidId.Validator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidId {

    String message() default "{cn.partybuilding.common.id.ValidId.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Null is left to {@code @NotNull}/{@code @NotBlank}: an absent optional id is fine. */
    class Validator implements ConstraintValidator<ValidId, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Ulid.isValid(value);
        }
    }
}
