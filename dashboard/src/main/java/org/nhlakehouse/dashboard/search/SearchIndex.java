package org.nhlakehouse.dashboard.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An in-memory index of every facility, built once per data version: matches a typed text against name (current and
 * former), city, county, state (code or name) and CCN, ignoring case, accents and punctuation, with every typed word
 * allowed to be the start of a word ("st mar prov" finds "St. Mary's, Providence"). A scan of precomputed words: 15,000
 * facilities answer in a few milliseconds, no engine round trip per key.
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

    private record Entry(Facility facility, String[] nameWords, String[] placeWords, String foldedName,
            String compactText, String ccn) {
    }

    private final List<Entry> entries;

    public SearchIndex(List<Facility> facilities) {
        List<Entry> built = new ArrayList<>(facilities.size());
        for (Facility f : facilities) {
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
            built.add(new Entry(f, nameWords.toArray(String[]::new), placeWords.toArray(String[]::new),
                    fold(f.name()), compact.toString(), fold(f.ccn())));
        }
        this.entries = List.copyOf(built);
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
        PriorityQueue<Candidate> best = new PriorityQueue<>(Math.max(1, limit), RANKING.reversed());
        int total = 0;
        for (Entry entry : entries) {
            int score = score(entry, typed, folded, compact);
            if (score > 0) {
                total++;
                Candidate candidate = new Candidate(entry, score);
                if (best.size() < limit) {
                    best.add(candidate);
                } else if (limit > 0 && RANKING.compare(candidate, best.peek()) < 0) {
                    best.poll();
                    best.add(candidate);
                }
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
     * 0 when the facility does not match; otherwise higher for better matches: the exact CCN first, then names that
     * start with the text, then more typed words found in the name rather than the place.
     */
    private static int score(Entry entry, String[] typed, String folded, String compact) {
        if (entry.ccn().equals(compact)) {
            return 10_000;
        }
        int score = 0;
        for (String word : typed) {
            int inName = best(entry.nameWords(), word);
            int inPlace = best(entry.placeWords(), word);
            if (inName == 0 && inPlace == 0) {
                // A run of letters typed without the spaces or punctuation of a name or city: "wilkesbarre", "stmarys".
                return compact.length() >= 4 && entry.compactText().contains(compact) ? 50 : 0;
            }
            score += Math.max(inName * 4, inPlace);
        }
        if (entry.foldedName().startsWith(folded)) {
            score += 200;
        }
        return score;
    }

    /** 3 for a whole word, 2 for the start of a word, 0 for none. */
    private static int best(String[] words, String typed) {
        int best = 0;
        for (String word : words) {
            if (word.equals(typed)) {
                return 3;
            }
            if (word.startsWith(typed)) {
                best = 2;
            }
        }
        return best;
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
