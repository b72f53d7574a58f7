package dk.kodetrae.team;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission an API operation needs. Every resource method carries one; the server refuses to run a method
 * that does not (and the role-matrix test fails on it), so a new endpoint is closed until someone decides.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Requires {
    Permission value();
}
