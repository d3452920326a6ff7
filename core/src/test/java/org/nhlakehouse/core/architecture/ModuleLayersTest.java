package org.nhlakehouse.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The module map of docs/architecture.md, enforced on the sources and POMs of the whole repository. Each module sits on
 * a floor and may use only the modules listed for it, all on lower floors: so the graph has no cycle and no import runs
 * back up. Checked for main code (what a module ships); tests may use fixtures of higher modules (the dashboard's tests
 * build their sample warehouse by running the pipeline through {@code local-run}).
 */
class ModuleLayersTest {

    /** A module's floor and the modules of ours its main code may use (directly). */
    private record Placement(int floor, Set<String> mayUse) {
    }

    private static final Map<String, Placement> MAP = new LinkedHashMap<>();
    static {
        // Floor 0: the SQL (resources), the plain-Java core with the ports, the generic ASL executor.
        MAP.put("sql", new Placement(0, Set.of()));
        MAP.put("core", new Placement(0, Set.of()));
        MAP.put("state-machine", new Placement(0, Set.of()));
        // Floor 1: adapters of core's ports, nothing else.
        MAP.put("engine-local", new Placement(1, Set.of("core")));
        MAP.put("engine-aws", new Placement(1, Set.of("core")));
        MAP.put("source-gdrive", new Placement(1, Set.of("core")));
        MAP.put("engine-trino", new Placement(1, Set.of("core")));
        // Floor 2: the local composition root (DuckDB + a folder, driven by the state machine in-process).
        MAP.put("local-run", new Placement(2, Set.of("core", "sql", "engine-local", "state-machine")));
        // Floor 3: the applications.
        MAP.put("functions", new Placement(3, Set.of("core", "sql", "engine-aws", "source-gdrive")));
        MAP.put("dashboard", new Placement(3, Set.of("core", "sql", "engine-local", "engine-aws")));
        MAP.put("cli", new Placement(3, Set.of("core", "sql", "engine-local", "local-run", "state-machine")));
        // Floor 4: packagings and checks of the applications (no main code of their own).
        MAP.put("dashboard-lambda", new Placement(4, Set.of("dashboard")));
        MAP.put("aws-rehearsal", new Placement(4, Set.of()));
    }

    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
    private static final Pattern DEPENDENCY = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL);
    private static final Pattern OUR_ARTIFACT = Pattern.compile("<artifactId>nh-lakehouse-([a-z-]+)</artifactId>");
    private static final Pattern SCOPE = Pattern.compile("<scope>([a-z]+)</scope>");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package (org\\.nhlakehouse(?:\\.[a-z0-9]+)*);");
    /** A reference to one of our types: an import, a static import or a fully qualified name in the code. */
    private static final Pattern REFERENCE = Pattern.compile("\\b(org\\.nhlakehouse(?:\\.[a-z0-9]+)+)\\.[A-Z]");

    private static final Path ROOT = repositoryRoot();

    @Test
    void everyModuleOfTheBuild_isOnTheMap() {
        Set<String> modules = new TreeSet<>();
        Matcher module = MODULE.matcher(read(ROOT.resolve("pom.xml")));
        while (module.find()) {
            modules.add(module.group(1));
        }
        assertThat(MAP.keySet()).as("modules of the map (add a new module to it and to docs/architecture.md)")
                .containsExactlyInAnyOrderElementsOf(modules);
    }

    @Test
    void theMap_pointsOnlyDownwards() {
        MAP.forEach((module, placement) -> placement.mayUse().forEach(used -> assertThat(MAP.get(used).floor())
                .as("%s (floor %d) may use %s only if it is on a lower floor", module, placement.floor(), used)
                .isLessThan(placement.floor())));
    }

    @Test
    void mainCode_importsOnlyWhatTheMapAllows() {
        Map<String, String> moduleOfPackage = moduleOfEachPackage();
        Map<String, Set<String>> violations = new TreeMap<>();
        for (String module : MAP.keySet()) {
            for (Path source : javaSources(module)) {
                Matcher reference = REFERENCE.matcher(read(source));
                while (reference.find()) {
                    String used = moduleOf(reference.group(1), moduleOfPackage);
                    if (used != null && !used.equals(module) && !MAP.get(module).mayUse().contains(used)) {
                        violations.computeIfAbsent(module + " -> " + used, k -> new TreeSet<>())
                                .add(ROOT.relativize(source).toString());
                    }
                }
            }
        }
        assertThat(violations).as("main code using a module the map does not allow it (module -> used: files)")
                .isEmpty();
    }

    @Test
    void pomDependencies_followTheMap() {
        Map<String, Set<String>> violations = new TreeMap<>();
        mainDependencies().forEach((module, used) -> {
            Set<String> notAllowed = new TreeSet<>(used);
            notAllowed.removeAll(MAP.get(module).mayUse());
            if (!notAllowed.isEmpty()) {
                violations.put(module, notAllowed);
            }
        });
        assertThat(violations).as("compile or runtime dependencies on modules the map does not allow").isEmpty();
    }

    @Test
    void adaptersShipOnlyCore_andTheDashboardShipsNoStateMachine() {
        Map<String, Set<String>> dependencies = mainDependencies();
        for (String adapter : List.of("engine-local", "engine-aws", "source-gdrive", "engine-trino")) {
            assertThat(reachable(adapter, dependencies)).as(adapter).containsExactly("core");
        }
        assertThat(reachable("state-machine", dependencies)).as("state-machine: a plain ASL executor").isEmpty();
        assertThat(reachable("dashboard", dependencies)).as("what the dashboard ships")
                .doesNotContain("state-machine", "local-run");
    }

    /** Our modules a module depends on at compile or runtime scope, as its POM declares them. */
    private static Map<String, Set<String>> mainDependencies() {
        Map<String, Set<String>> dependencies = new LinkedHashMap<>();
        for (String module : MAP.keySet()) {
            Set<String> used = new TreeSet<>();
            Matcher dependency = DEPENDENCY.matcher(read(ROOT.resolve(module).resolve("pom.xml")));
            while (dependency.find()) {
                Matcher artifact = OUR_ARTIFACT.matcher(dependency.group(1));
                Matcher scope = SCOPE.matcher(dependency.group(1));
                boolean shipped = !scope.find() || !Set.of("test", "import").contains(scope.group(1));
                if (artifact.find() && shipped && MAP.containsKey(artifact.group(1))) {
                    used.add(artifact.group(1));
                }
            }
            dependencies.put(module, used);
        }
        return dependencies;
    }

    private static Set<String> reachable(String from, Map<String, Set<String>> dependencies) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> next = new ArrayDeque<>(dependencies.get(from));
        while (!next.isEmpty()) {
            String module = next.pop();
            if (seen.add(module)) {
                next.addAll(dependencies.get(module));
            }
        }
        return seen;
    }

    private static Map<String, String> moduleOfEachPackage() {
        Map<String, String> moduleOfPackage = new TreeMap<>();
        for (String module : MAP.keySet()) {
            for (Path source : javaSources(module)) {
                Matcher declared = PACKAGE.matcher(read(source));
                if (declared.find()) {
                    String earlier = moduleOfPackage.put(declared.group(1), module);
                    assertThat(earlier).as("package %s split between modules", declared.group(1))
                            .isIn(null, module);
                }
            }
        }
        return moduleOfPackage;
    }

    /** The module of the longest known package that a reference starts with (a nested type's name has more parts). */
    private static String moduleOf(String qualifier, Map<String, String> moduleOfPackage) {
        for (String name = qualifier; name.contains("."); name = name.substring(0, name.lastIndexOf('.'))) {
            if (moduleOfPackage.containsKey(name)) {
                return moduleOfPackage.get(name);
            }
        }
        return null;
    }

    private static List<Path> javaSources(String module) {
        Path main = ROOT.resolve(module).resolve("src/main/java");
        if (!Files.isDirectory(main)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(main)) {
            return new ArrayList<>(files.filter(p -> p.toString().endsWith(".java")).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tests run in the module's folder; the repository root is the folder above with the parent POM and mvnw. */
    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("mvnw")) && Files.exists(dir.resolve("core/pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("not inside the repository: " + Path.of("").toAbsolutePath());
    }
}
