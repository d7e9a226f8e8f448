package io.throughline.web;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The names the code gives things, which a reader must never meet on a page: every enum constant of the service
 * ({@code ON_TRACK}, {@code WEEKLY}, {@code DECIDE}) and every class name of two words or more
 * ({@code PriorityStatusUpdated}). Read once from the service's own classes, so a new enum or event is covered too.
 */
final class CodeNames {

    private static final Pattern CAMEL_CASE = Pattern.compile("[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+");

    /** Single-letter and two-letter constants (none today) would match ordinary abbreviations; they are left out. */
    static final Set<String> ENUM_CONSTANTS;
    static final Set<String> CLASS_NAMES;

    static {
        var classes = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("io.throughline");
        ENUM_CONSTANTS = classes.stream().filter(JavaClass::isEnum)
                .flatMap(type -> Arrays.stream(type.reflect().getEnumConstants()))
                .map(constant -> ((Enum<?>) constant).name()).filter(name -> name.length() > 2)
                .collect(Collectors.toUnmodifiableSet());
        CLASS_NAMES = classes.stream().map(JavaClass::getSimpleName)
                .filter(name -> CAMEL_CASE.matcher(name).matches()).collect(Collectors.toUnmodifiableSet());
    }

    private CodeNames() {
    }
}
