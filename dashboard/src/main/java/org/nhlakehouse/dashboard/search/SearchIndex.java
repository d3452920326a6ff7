package org.nhlakehouse.dashboard.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * An in-memory index of every facility, built once per data version: matches a typed text against name (current and
 * former), city, county, state (code or name) and CCN, ignoring case, accents and punctuation, with every typed word
 * allowed to be the start of a word ("st mar prov" finds "St. Mary's, Providence"). An inverted index: the sorted
 * vocabulary of every folded word, each with the facilities that have it in a name or in a place; a typed word is a
 * binary search for the range of words it starts, so a keystroke costs no engine round trip and no scan of every
 * facility's words.
 */
public final class SearchIndex {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Removed inside words: "St. Mary's" folds to "st marys". */
    private static final Pattern JOINERS = Pattern.compile("['\u2019.`]");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

    /** One facility as search finds it. */
    public record Facility(String ccn, String name, String city, String county, String state, String firstQuarter,
            String lastQuarter, List<String> otherNames, List<String> otherCities) {
    }

    /** A facility found, with why it ranks where it does. */
    public record Hit(Facility facility, int score) {
    }

    /** The best matches and how many matched in all. */
    public record Result(List<Hit> hits, int total) {
    }

    private record Entry(Facility facility, String foldedName, String compactText, String ccn) {
    }

    private final List<Entry> entries;
    /** Every distinct folded word, sorted; a typed word's matches are one contiguous range. */
    private final String[] vocabulary;
    /** For each vocabulary word, the facilities (by position in {@link #entries}) with it in a name. */
    private final int[][] inName;
    /** For each vocabulary word, the facilities with it in their city, county, state or CCN. */
    private final int[][] inPlace;
    private final Map<String, Integer> byCcn = new HashMap<>();

    public SearchIndex(List<Facility> facilities) {
        List<Entry> built = new ArrayList<>(facilities.size());
        Map<String, List<Integer>> names = new HashMap<>();
        Map<String, List<Integer>> places = new HashMap<>();
        for (Facility f : facilities) {
            int id = built.size();
            Set<String> nameWords = new LinkedHashSet<>();
            StringBuilder compact = new StringBuilder();
            for (String name : names(f)) {
                String folded = fold(name);
                nameWords.addAll(words(folded));
                compact.append(folded.replace(" ", "")).append('|');
            }
            compact.append(fold(f.city()).replace(" ", "")).append('|');
            Set<String> placeWords = new LinkedHashSet<>();
            placeWords.addAll(words(fold(f.city())));
            f.otherCities().forEach(city -> placeWords.addAll(words(fold(city))));
            placeWords.addAll(words(fold(f.county())));
            placeWords.addAll(words(fold(f.state())));
            placeWords.addAll(words(fold(StateNames.name(f.state()))));
            placeWords.add(fold(f.ccn()));
            placeWords.remove("");
            nameWords.forEach(w -> names.computeIfAbsent(w, k -> new ArrayList<>()).add(id));
            placeWords.forEach(w -> places.computeIfAbsent(w, k -> new ArrayList<>()).add(id));
            built.add(new Entry(f, fold(f.name()), compact.toString(), fold(f.ccn())));
            byCcn.putIfAbsent(fold(f.ccn()), id);
        }
        this.entries = List.copyOf(built);
        Set<String> all = new TreeSet<>(names.keySet());
        all.addAll(places.keySet());
        this.vocabulary = all.toArray(String[]::new);
        this.inName = new int[vocabulary.length][];
        this.inPlace = new int[vocabulary.length][];
        for (int i = 0; i < vocabulary.length; i++) {
            inName[i] = ids(names.get(vocabulary[i]));
            inPlace[i] = ids(places.get(vocabulary[i]));
        }
    }

    private static int[] ids(List<Integer> list) {
        return list == null ? new int[0] : list.stream().mapToInt(Integer::intValue).toArray();
    }

    public int size() {
        return entries.size();
    }

    /** The {@code limit} best matches for a typed text (none for a text with no letter or digit). */
    public Result search(String text, int limit) {
        String folded = fold(text);
        if (folded.isEmpty()) {
            return new Result(List.of(), 0);
        }
        String[] typed = folded.split(" ");
        String compact = folded.replace(" ", "");
        // The best `limit` kept in a heap whose head is the worst of them: no sort of every match (a one-letter text
        // matches most facilities).
        int[] scores = scores(typed);
        if (compact.length() >= 4) {
            // A run of letters typed without the spaces or punctuation of a name or city: "wilkesbarre", "stmarys".
            for (int id = 0; id < scores.length; id++) {
                if (scores[id] == 0 && entries.get(id).compactText().contains(compact)) {
                    scores[id] = 50;
                }
            }
        }
        Integer exactCcn = byCcn.get(compact);
        if (exactCcn != null) {
            scores[exactCcn] = 10_000;
        }
        PriorityQueue<Candidate> best = new PriorityQueue<>(Math.max(1, limit), RANKING.reversed());
        int total = 0;
        for (int id = 0; id < scores.length; id++) {
            if (scores[id] == 0) {
                continue;
            }
            Entry entry = entries.get(id);
            int score = scores[id] + (scores[id] < 10_000 && entry.foldedName().startsWith(folded) ? 200 : 0);
            total++;
            Candidate candidate = new Candidate(entry, score);
            if (best.size() < limit) {
                best.add(candidate);
            } else if (limit > 0 && RANKING.compare(candidate, best.peek()) < 0) {
                best.poll();
                best.add(candidate);
            }
        }
        List<Candidate> ranked = new ArrayList<>(best);
        ranked.sort(RANKING);
        return new Result(ranked.stream().map(c -> new Hit(c.entry().facility(), c.score())).toList(), total);
    }

    private record Candidate(Entry entry, int score) {
    }

    /** Higher score first, then by name, then by CCN. */
    private static final Comparator<Candidate> RANKING = Comparator.comparingInt(Candidate::score).reversed()
            .thenComparing(c -> c.entry().foldedName()).thenComparing(c -> c.entry().ccn());

    /**
     * Each facility's score for the typed words, 0 when one of them starts no word of it: per typed word the best of
     * 12 (a whole word of a name), 8 (the start of a word of a name), 3 (a whole word of its place), 2 (the start of
     * one), summed over the typed words.
     */
    private int[] scores(String[] typed) {
        int[] total = new int[entries.size()];
        int[] best = new int[entries.size()];
        for (int t = 0; t < typed.length; t++) {
            String word = typed[t];
            int from = Arrays.binarySearch(vocabulary, word);
            from = from < 0 ? -from - 1 : from;
            for (int i = from; i < vocabulary.length && vocabulary[i].startsWith(word); i++) {
                boolean whole = vocabulary[i].length() == word.length();
                mark(best, inName[i], whole ? 12 : 8);
                mark(best, inPlace[i], whole ? 3 : 2);
            }
            for (int id = 0; id < total.length; id++) {
                total[id] = best[id] == 0 || (t > 0 && total[id] == 0) ? 0 : total[id] + best[id];
                best[id] = 0;
            }
        }
        return total;
    }

    private static void mark(int[] best, int[] ids, int score) {
        for (int id : ids) {
            if (best[id] < score) {
                best[id] = score;
            }
        }
    }

    private static List<String> names(Facility f) {
        List<String> names = new ArrayList<>();
        names.add(f.name());
        names.addAll(f.otherNames());
        return names;
    }

    private static List<String> words(String folded) {
        return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
    }

    /** Lower case, no accents, apostrophes and dots dropped, any other punctuation a single space. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        plain = JOINERS.matcher(plain).replaceAll("").replace("&", " and ");
        return SEPARATORS.matcher(plain).replaceAll(" ").strip();
    }
}
