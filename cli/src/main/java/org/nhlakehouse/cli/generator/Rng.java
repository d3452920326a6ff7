package org.nhlakehouse.cli.generator;

import java.util.List;

/**
 * A small, fully specified pseudo-random generator (SplitMix64) with StrictMath-based Gaussians, so that the same seed
 * gives the same bytes on every JDK and CPU. {@code java.util.Random}'s and {@code RandomGenerator}'s Gaussians use
 * {@code Math}, whose results may differ by an ulp between platforms.
 */
final class Rng {

    private long state;
    private double spareGaussian = Double.NaN;

    Rng(long seed) {
        this.state = seed;
    }

    /** A generator for one independent stream: the same parts always give the same stream. */
    static Rng of(long seed, long... parts) {
        long mixed = mix(seed ^ 0x5DEECE66DL);
        for (long part : parts) {
            mixed = mix(mixed + 0x9E3779B97F4A7C15L * (part + 1));
        }
        return new Rng(mixed);
    }

    long nextLong() {
        state += 0x9E3779B97F4A7C15L;
        return mix(state);
    }

    /** Uniform in [0, 1). */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound). */
    int nextInt(int bound) {
        return (int) ((nextLong() >>> 33) * bound >>> 31);
    }

    /** Uniform in [from, to]. */
    int between(int from, int to) {
        return from + nextInt(to - from + 1);
    }

    double uniform(double from, double to) {
        return from + (to - from) * nextDouble();
    }

    boolean chance(double probability) {
        return nextDouble() < probability;
    }

    /** Standard normal (Box-Muller). */
    double gaussian() {
        if (!Double.isNaN(spareGaussian)) {
            double spare = spareGaussian;
            spareGaussian = Double.NaN;
            return spare;
        }
        double u = 1.0 - nextDouble();
        double v = nextDouble();
        double radius = StrictMath.sqrt(-2.0 * StrictMath.log(u));
        spareGaussian = radius * StrictMath.sin(2 * Math.PI * v);
        return radius * StrictMath.cos(2 * Math.PI * v);
    }

    /** A log-normal factor with median 1 and mean 1: exp(sigma·Z − sigma²/2). */
    double lognormalFactor(double sigma) {
        return StrictMath.exp(sigma * gaussian() - sigma * sigma / 2);
    }

    <T> T pick(List<T> values) {
        return values.get(nextInt(values.size()));
    }

    /** An index drawn with the given (not necessarily normalized) weights. */
    int weighted(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double target = nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            target -= weights[i];
            if (target < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
