package dev.lift.autoconfigure.health;

import java.util.function.Function;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;

/**
 * Registers, for every {@link LiftHealthContributor} bean, a bean of the running Spring Boot line's
 * {@code HealthContributor} type that adapts it. The adapter bean is named after the Lift bean with
 * its suffix made {@code HealthContributor}, so Spring Boot derives the same component name from
 * either ({@code liftBulkheadsHealthIndicator} and {@code liftBulkheadsHealthContributor} both show as
 * {@code liftBulkheads}); a bean of Boot's own type already under that name wins. Registering
 * definitions up front, rather than contributors at run time, keeps health groups that include Lift's
 * components valid at start-up.
 *
 * @param <C> the line's {@code HealthContributor} type
 */
public final class LiftHealthContributorRegistrar<C> implements BeanFactoryPostProcessor {

    private static final String INDICATOR_SUFFIX = "HealthIndicator";

    private static final String CONTRIBUTOR_SUFFIX = "HealthContributor";

    private final Class<C> contributorType;

    private final Function<LiftHealthContributor, C> adapter;

    /**
     * @param contributorType the line's {@code HealthContributor} type
     * @param adapter makes one of them from Lift's contributor
     */
    public LiftHealthContributorRegistrar(Class<C> contributorType, Function<LiftHealthContributor, C> adapter) {
        this.contributorType = contributorType;
        this.adapter = adapter;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (!(beanFactory instanceof BeanDefinitionRegistry registry)) {
            return;
        }
        for (String name : beanFactory.getBeanNamesForType(LiftHealthContributor.class, true, false)) {
            String adapterName = adapterName(name);
            if (!registry.containsBeanDefinition(adapterName)) {
                RootBeanDefinition definition = new RootBeanDefinition(this.contributorType,
                        () -> this.adapter.apply(beanFactory.getBean(name, LiftHealthContributor.class)));
                definition.setDependsOn(name);
                registry.registerBeanDefinition(adapterName, definition);
            }
        }
    }

    static String adapterName(String beanName) {
        String base = beanName.endsWith(INDICATOR_SUFFIX)
                ? beanName.substring(0, beanName.length() - INDICATOR_SUFFIX.length())
                : beanName.endsWith(CONTRIBUTOR_SUFFIX)
                        ? beanName.substring(0, beanName.length() - CONTRIBUTOR_SUFFIX.length()) : beanName;
        return base + CONTRIBUTOR_SUFFIX;
    }

}
