package cn.partybuilding.e2e;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests a {@link RunningSuite} parameter. The suite is started on first use and kept in the
 * root store, so every test class of the run shares one; JUnit closes it when the run ends.
 */
final class RunningSuiteExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RunningSuiteExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == RunningSuite.class;
    }

    @Override
    public RunningSuite resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return extensionContext.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(RunningSuite.class, key -> RunningSuite.start(), RunningSuite.class);
    }
}
