package org.beloved.bot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Leaves the Discord adapter's JDA-facing beans out when Discord is off (no {@code beloved.discord.token}):
 * every bean of this module whose class names a JDA type (the slash commands, buttons, listeners, workers,
 * {@link DiscordChannel}, {@link DiscordGateway}, the JDA set-up) and the {@code @Bean}s of such
 * configuration classes, and the beans whose constructor or {@code @Bean} method takes one of those (a
 * bean that can do without one takes an {@code ObjectProvider}). Those classes are then never loaded, nor the JDA classes their signatures name
 * (315 at start-up before). What stays: the settings, {@code /actuator/health}'s {@code discord} (OFF),
 * the start-up line saying how to turn Discord on, and the Discord data DELETE MY DATA erases.
 *
 * <p>Decided on the class files, read as resources (not loaded), after the component scan and before any
 * bean is created, so a new command needs nothing here. With Discord off the outbox and the console's
 * sign-in codes find no DISCORD channel: they take it as not ready here.
 *
 * <p>The application imports this ({@code BelovedApplication}); the bot module's test application does
 * not, so the bot's tests drive the same beans with mocked JDA events and no token.
 */
public final class DiscordBeans implements BeanDefinitionRegistryPostProcessor, EnvironmentAware {

    private static final Logger log = LoggerFactory.getLogger(DiscordBeans.class);

    static final String TOKEN = "beloved.discord.token";
    private static final String MODULE = DiscordBeans.class.getPackageName() + ".";
    private static final byte[] JDA = "net/dv8tion/".getBytes(StandardCharsets.US_ASCII);

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
        if (StringUtils.hasText(environment.getProperty(TOKEN))) {
            return;
        }
        ClassLoader loader = ClassUtils.getDefaultClassLoader();
        Map<String, ClassFile> files = new HashMap<>();
        Map<String, Bean> beans = new HashMap<>();
        for (String name : registry.getBeanDefinitionNames()) {
            BeanDefinition definition = registry.getBeanDefinition(name);
            String factory = definition.getFactoryBeanName();
            String className = factory != null && registry.containsBeanDefinition(factory)
                    ? registry.getBeanDefinition(factory).getBeanClassName() : definition.getBeanClassName();
            if (className != null && className.startsWith(MODULE)) {
                ClassFile file = files.computeIfAbsent(className, c -> ClassFile.read(loader, c));
                String method = definition.getFactoryMethodName() != null ? definition.getFactoryMethodName() : "<init>";
                beans.put(name, new Bean(file, method, factory));
            }
        }
        Set<String> left = new HashSet<>();
        Set<String> leftTypes = new HashSet<>();
        boolean more = true;
        while (more) {
            more = false;
            for (Map.Entry<String, Bean> entry : beans.entrySet()) {
                Bean bean = entry.getValue();
                if (!left.contains(entry.getKey()) && (bean.file().namesJda() || left.contains(bean.factory())
                        || bean.file().takesAnyOf(bean.method(), leftTypes))) {
                    left.add(entry.getKey());
                    if (bean.method().equals("<init>")) {
                        leftTypes.add(bean.file().descriptor());
                    }
                    more = true;
                }
            }
        }
        left.forEach(registry::removeBeanDefinition);
        log.info("Discord adapter off: {} of its {} beans left out (no beloved.discord.token)", left.size(), beans.size());
    }

    /** A bean of this module: made by {@code method} ({@code <init>} or a {@code @Bean} method) of {@code file}'s class. */
    private record Bean(ClassFile file, String method, String factory) {
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        // everything is decided on the definitions
    }

    /** What decides a bean's fate, from its class file: the JDA types and its constructors' parameters. */
    record ClassFile(String descriptor, boolean namesJda, Map<String, List<String>> methods) {

        static ClassFile read(ClassLoader loader, String className) {
            String resource = ClassUtils.convertClassNameToResourcePath(className) + ClassUtils.CLASS_FILE_SUFFIX;
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("No class file " + resource);
                }
                byte[] bytes = in.readAllBytes();
                Map<String, List<String>> methods = new HashMap<>();
                new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
                    @Override
                    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                            String[] exceptions) {
                        methods.computeIfAbsent(name, n -> new ArrayList<>()).add(descriptor);
                        return null;
                    }
                }, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
                return new ClassFile("L" + ClassUtils.convertClassNameToResourcePath(className) + ";",
                        contains(bytes, JDA), methods);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + resource, e);
            }
        }

        /** Whether a method {@code name} takes one of {@code types} (descriptors: {@code Lorg/beloved/bot/Interactions;}). */
        boolean takesAnyOf(String name, Set<String> types) {
            return methods.getOrDefault(name, List.of()).stream()
                    .anyMatch(descriptor -> types.stream().anyMatch(descriptor.substring(0, descriptor.indexOf(')'))::contains));
        }
    }

    /** Whether {@code part} occurs in {@code bytes} (a JDA package name in a class file's constant pool). */
    private static boolean contains(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i <= bytes.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
