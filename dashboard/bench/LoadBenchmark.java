// A small load client for the dashboard (single-file Java program, JDK 21+, no dependencies):
//   java LoadBenchmark.java BASE_URL CLIENTS ROUNDS QUARTER[,QUARTER...] STATE[,STATE...]
// It builds a list of URLs covering every page with varied filters, then
//   cold: CLIENTS threads request every URL once (each URL is new to the server's cache: all misses), and
//   warm: CLIENTS threads request the same URLs ROUNDS more times (all hits),
// and prints p50/p95/p99 latency per page and phase. Traffic goes only to BASE_URL (use a loopback address); the
// request loops are bounded by the URL list and ROUNDS.
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

public class LoadBenchmark {

    record Target(String page, String path) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0].replaceAll("/$", "");
        int clients = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        List<String> quarters = List.of(args[3].split(","));
        List<String> states = List.of(args[4].split(","));
        if (!URI.create(base).getHost().matches("localhost|127\\.\\d+\\.\\d+\\.\\d+|\\[::1]")) {
            throw new IllegalArgumentException("Benchmark only loopback addresses, not " + base);
        }
        List<Target> targets = targets(quarters, states);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        System.out.printf("%d URLs, %d clients, %d warm rounds%n", targets.size(), clients, rounds);
        Map<String, List<Long>> cold = run(http, base, targets, clients, 1);
        Map<String, List<Long>> warm = run(http, base, targets, clients, rounds);
        System.out.printf("%-12s %6s %9s %9s %9s | %6s %9s %9s %9s | %s%n", "page", "cold n", "p50 ms", "p95 ms",
                "p99 ms", "warm n", "p50 ms", "p95 ms", "p99 ms", "cold p50 / warm p50");
        for (String page : new TreeMap<>(cold).keySet()) {
            List<Long> c = cold.get(page);
            List<Long> w = warm.get(page);
            System.out.printf("%-12s %6d %9.1f %9.1f %9.1f | %6d %9.1f %9.1f %9.1f | %.0fx%n", page, c.size(),
                    p(c, 50), p(c, 95), p(c, 99), w.size(), p(w, 50), p(w, 95), p(w, 99), p(c, 50) / p(w, 50));
        }
    }

    static List<Target> targets(List<String> quarters, List<String> states) {
        List<Target> t = new ArrayList<>();
        String[] sorts = { "total_hprd", "rn_hprd", "occupancy", "provider_name" };
        for (String q : quarters) {
            t.add(new Target("overview", "/?quarter=" + q));
            for (String metric : List.of("total_hprd", "rn_hprd", "contract_share", "occupancy")) {
                t.add(new Target("states", "/states?quarter=" + q + "&metric=" + metric));
            }
            t.add(new Target("mix", "/mix?quarter=" + q));
            t.add(new Target("occupancy", "/occupancy?quarter=" + q));
            t.add(new Target("scatter", "/scatter?quarter=" + q));
            t.add(new Target("quality", "/quality?quarter=" + q));
            for (int i = 0; i < sorts.length; i++) {
                t.add(new Target("facilities", "/facilities?quarter=" + q + "&sort=" + sorts[i] + "&page=" + (i + 1)));
            }
            for (String s : states) {
                t.add(new Target("facilities", "/facilities?quarter=" + q + "&state=" + s));
                t.add(new Target("mix", "/mix?quarter=" + q + "&state=" + s));
                t.add(new Target("occupancy", "/occupancy?quarter=" + q + "&state=" + s));
                t.add(new Target("scatter", "/scatter?quarter=" + q + "&state=" + s + "&color=overall"));
                t.add(new Target("quality", "/quality?quarter=" + q + "&state=" + s + "&rating=staffing"));
                t.add(new Target("export", "/facilities/export.csv?quarter=" + q + "&state=" + s));
                t.add(new Target("state page", "/states/" + s + "?quarter=" + q));
                t.add(new Target("JSON export", "/states/" + s + "/export.json?quarter=" + q));
            }
        }
        t.add(new Target("health", "/health"));
        t.add(new Target("metrics", "/metrics"));
        return t;
    }

    static Map<String, List<Long>> run(HttpClient http, String base, List<Target> targets, int clients, int rounds)
            throws InterruptedException {
        Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Target> queue = new ConcurrentLinkedQueue<>();
        for (int r = 0; r < rounds; r++) {
            List<Target> shuffled = new ArrayList<>(targets);
            Collections.shuffle(shuffled);
            queue.addAll(shuffled);
        }
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                Target target;
                while ((target = queue.poll()) != null) {
                    long start = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base
                                + target.path())).timeout(Duration.ofSeconds(60)).build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            failures.incrementAndGet();
                            System.err.println(response.statusCode() + " " + target.path());
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                        System.err.println(e + " " + target.path());
                    }
                    latencies.computeIfAbsent(target.page(), k -> Collections.synchronizedList(new ArrayList<>()))
                            .add(System.nanoTime() - start);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.MINUTES);
        if (failures.get() > 0) {
            System.err.println(failures.get() + " failed requests");
        }
        return latencies;
    }

    static double p(List<Long> nanos, int percentile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
