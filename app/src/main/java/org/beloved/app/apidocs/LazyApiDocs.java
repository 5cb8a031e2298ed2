package org.beloved.app.apidocs;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * springdoc's beans, and {@link ApiDocs}' customizer, are made at the first request of
 * {@code /v3/api-docs} or {@code /api-docs} instead of at start-up: they alone need springdoc's,
 * swagger's and Jackson 2's classes (about a thousand), and nothing else uses them. The web layer
 * still maps springdoc's endpoints at start-up (from the beans' types, without making them).
 */
@Component
class LazyApiDocs implements BeanFactoryPostProcessor {

    private static final String SPRINGDOC = "org.springdoc.";
    private static final String API_DOCS = ApiDocs.class.getName();

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        for (String name : beanFactory.getBeanDefinitionNames()) {
            BeanDefinition definition = beanFactory.getBeanDefinition(name);
            if (ours(origin(beanFactory, definition))) {
                definition.setLazyInit(true);
            }
        }
    }

    /** The class a bean comes from: its own, or for a {@code @Bean} method the configuration class's. */
    private static String origin(ConfigurableListableBeanFactory beanFactory, BeanDefinition definition) {
        String factory = definition.getFactoryBeanName();
        if (factory != null && beanFactory.containsBeanDefinition(factory)) {
            return beanFactory.getBeanDefinition(factory).getBeanClassName();
        }
        return definition.getBeanClassName();
    }

    private static boolean ours(String className) {
        return className != null && (className.startsWith(SPRINGDOC) || className.equals(API_DOCS));
    }
}
