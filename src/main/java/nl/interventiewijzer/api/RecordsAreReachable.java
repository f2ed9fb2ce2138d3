package nl.interventiewijzer.api;

import jakarta.inject.Singleton;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import java.lang.annotation.ElementType;

/**
 * Tells Hibernate Validator that every property it validates may be read and cascaded into. What it validates here are
 * request records, never persistent entities (the catalogue's entities carry no constraints). Without this bean it
 * asks JPA, for every property of every request, whether the property is loaded, since Hibernate ORM is present:
 * about 4% of a full match's CPU (docs/performance.md, change 18). Quarkus uses a {@link TraversableResolver} bean in
 * place of its default.
 */
@Singleton
public class RecordsAreReachable implements TraversableResolver {

    @Override
    public boolean isReachable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
            Path pathToTraversableObject, ElementType elementType) {
        return true;
    }

    @Override
    public boolean isCascadable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
            Path pathToTraversableObject, ElementType elementType) {
        return true;
    }
}
