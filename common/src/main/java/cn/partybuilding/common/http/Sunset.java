package cn.partybuilding.common.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The version policy of /v1 on one operation: it is deprecated since {@link #deprecated()}, goes no
 * earlier than {@link #date()} (at least six months later, and only in /v2), and
 * {@link #successor()} replaces it. Put it beside Java's {@code @Deprecated}, which marks the
 * operation {@code deprecated: true} in the contract; {@link DeprecationHeaders} answers every call
 * with {@code Deprecation}, {@code Sunset} and a {@code successor-version} link.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Sunset {

    /** The day it was deprecated, {@code YYYY-MM-DD} (China time). */
    String deprecated();

    /** The first day it may be gone, {@code YYYY-MM-DD} (China time). */
    String date();

    /** The path of the operation that replaces it. */
    String successor();
}
