package org.marsad.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The standard passes of another build of Marsad (another checkout, built), loaded into this JVM beside this
 * build's own, so that the two are timed in alternating rounds on the same core, heap and moment of the host.
 *
 * <p>Why: on a shared host the speed of one core drifts by a third within minutes, which hides the few per cent
 * that one change makes when two builds run one after the other, or at once on two cores. Alternated in one
 * process, both feel the same drift.
 *
 * <p>Rules: the other build's jars ({@code cli/target/marsad-cli.jar} and {@code cli/target/lib/*.jar}) get a class
 * loader of their own whose parent is the platform's, so that no class of this build leaks into it; its passes
 * are named as its own with {@code @ DIR} after them; a missing build fails fast, naming the jar looked for.
 */
public final class OtherBuild {
    private OtherBuild() {
    }

    /** The standard passes of the build in the checkout {@code root}, each run through reflection. */
    public static List<Pass> passes(Path root) {
        Path jar = root.resolve("cli/target/marsad-cli.jar");
        Path lib = root.resolve("cli/target/lib");
        if (!Files.isRegularFile(jar) || !Files.isDirectory(lib)) {
            throw new IllegalArgumentException("no built Marsad at " + root + ": expected " + jar + " and " + lib
                    + " (run ./marsad --help there once to build it)");
        }
        ClassLoader loader = new URLClassLoader("marsad@" + root, urls(jar, lib), ClassLoader.getPlatformClassLoader());
        Thread thread = Thread.currentThread();
        ClassLoader own = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            Class<?> pass = loader.loadClass(Pass.class.getName());
            Method name = pass.getMethod("name");
            Method run = pass.getMethod("run", String.class);
            List<Pass> out = new ArrayList<>();
            for (Object p : (List<?>) pass.getMethod("standard").invoke(null)) {
                out.add(new Reflected((String) name.invoke(p) + " @ " + root.getFileName(), p, run));
            }
            return List.copyOf(out);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot load the passes of the build at " + root + ": " + e, e);
        } finally {
            thread.setContextClassLoader(own);
        }
    }

    private static URL[] urls(Path jar, Path lib) {
        try (Stream<Path> jars = Files.list(lib)) {
            List<URL> urls = new ArrayList<>();
            urls.add(jar.toUri().toURL());
            for (Path p : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                urls.add(p.toUri().toURL());
            }
            return urls.toArray(URL[]::new);
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("bad jar path under " + lib + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + lib, e);
        }
    }

    /** A pass of the other build, called through its own class loader's {@code Pass.run}. */
    private record Reflected(String name, Object pass, Method run) implements Pass {
        @Override
        public long run(String text) {
            try {
                return (long) run.invoke(pass, text);
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
