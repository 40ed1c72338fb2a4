package org.expodesk.badge.bench;

import java.lang.management.ManagementFactory;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.expodesk.badge.BadgeClaims;
import org.expodesk.badge.BadgeCodes;
import org.expodesk.badge.BadgeId;
import org.expodesk.badge.BadgeKeyPair;
import org.expodesk.badge.BadgeValidity;
import org.expodesk.badge.BadgeVerification;
import org.expodesk.badge.BadgeVerificationKey;

/**
 * Badge codes per second on one thread: Ed25519 verification with BouncyCastle (raw key, and the
 * pre-decoded key the gates use), the JDK's own Ed25519 as the baseline, the whole text-to-claims
 * verification, and encoding. Run on purpose, never in the test suite (see docs/benchmarks.md):
 * <pre>./mvnw -q -B -Pbench test-compile exec:exec</pre>
 * Optional arguments: seconds of warm-up, number of measured rounds, seconds per round (default 5 5 3).
 */
public final class BadgeCodeBenchmark {

    private static final int CODES = 1024;
    private static final String BC_DECODED = "verify Ed25519, BouncyCastle, decoded key";
    private static final String JDK_VERIFY = "verify Ed25519, JDK Signature (baseline)";
    private static final int PAYLOAD = 23;
    private static volatile long sink;

    public static void main(String[] args) throws Exception {
        int warmupSeconds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int roundSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 3;

        SecureRandom random = new SecureRandom();
        BadgeKeyPair key = BadgeKeyPair.generate(1, random);
        byte[] publicKey = key.publicKey();
        BadgeVerificationKey cached = BadgeVerificationKey.of(publicKey);
        Ed25519.PublicPoint point = Ed25519.validatePublicKeyFullExport(publicKey, 0);
        LocalDate opening = LocalDate.of(2026, 10, 26);
        BadgeClaims[] claims = new BadgeClaims[CODES];
        String[] texts = new String[CODES];
        byte[][] codes = new byte[CODES][];
        for (int i = 0; i < CODES; i++) {
            claims[i] = new BadgeClaims(BadgeId.random(), 42, i % 8, BadgeValidity.between(opening, opening, opening.plusDays(2)));
            texts[i] = BadgeCodes.encode(claims[i], key);
            codes[i] = Base64.getUrlDecoder().decode(texts[i].substring(BadgeCodes.PREFIX.length()));
        }
        PublicKey jdkPublic = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(
                join(HexFormat.of().parseHex("302a300506032b6570032100"), publicKey)));
        PrivateKey jdkPrivate = jdkPrivateKey(random);
        Signature jdkVerifier = Signature.getInstance("Ed25519");
        Signature jdkSigner = Signature.getInstance("Ed25519");
        BadgeCodes.KeyLookup lookup = (eventId, keyId) -> eventId == 42 && keyId == 1 ? cached : null;
        sanityCheck(codes, texts, publicKey, jdkPublic, jdkVerifier, lookup);

        System.out.printf(Locale.ROOT, "JVM %s %s, %d processors, warm-up %d s, %d rounds of %d s, one thread%n",
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), warmupSeconds, rounds, roundSeconds);
        System.out.printf(Locale.ROOT, "load average at start: %.2f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        Map<String, Operation> operations = new LinkedHashMap<>();
        operations.put("verify Ed25519, BouncyCastle, raw key", i -> {
            byte[] c = codes[i % CODES];
            return Ed25519.verify(c, PAYLOAD, publicKey, 0, c, 0, PAYLOAD) ? 1 : 0;
        });
        operations.put(BC_DECODED, i -> {
            byte[] c = codes[i % CODES];
            return Ed25519.verify(c, PAYLOAD, point, c, 0, PAYLOAD) ? 1 : 0;
        });
        operations.put(JDK_VERIFY, i -> {
            byte[] c = codes[i % CODES];
            jdkVerifier.initVerify(jdkPublic);
            jdkVerifier.update(c, 0, PAYLOAD);
            return jdkVerifier.verify(c, PAYLOAD, 64) ? 1 : 0;
        });
        operations.put("BadgeCodes.verify: text to claims (BC)",
                i -> BadgeCodes.verify(texts[i % CODES], lookup) instanceof BadgeVerification.Verified ? 1 : 0);
        operations.put("BadgeCodes.verify: forged text refused",
                i -> BadgeCodes.verify(forged(texts[i % CODES]), lookup) instanceof BadgeVerification.Refused ? 1 : 0);
        operations.put("BadgeCodes.encode: claims to text (BC)", i -> BadgeCodes.encode(claims[i % CODES], key).length());
        operations.put("sign Ed25519, JDK Signature (baseline)", i -> {
            jdkSigner.initSign(jdkPrivate);
            jdkSigner.update(codes[i % CODES], 0, PAYLOAD);
            return jdkSigner.sign().length;
        });
        measureInterleaved(operations, warmupSeconds, rounds, roundSeconds);
        System.out.printf(Locale.ROOT, "load average at end: %.2f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println("sink " + sink);
    }

    @FunctionalInterface
    private interface Operation {
        long run(int i) throws Exception;
    }

    /**
     * Round-robin: every round runs each operation once, so a change of load on this shared machine hits
     * all of them alike and the ratio between them stays meaningful.
     */
    private static void measureInterleaved(Map<String, Operation> operations, int warmupSeconds, int rounds,
            int roundSeconds) throws Exception {
        for (Operation operation : operations.values()) {
            run(operation, warmupSeconds * 1_000_000_000L);
        }
        Map<String, double[]> rates = new LinkedHashMap<>();
        operations.keySet().forEach(name -> rates.put(name, new double[rounds]));
        double[] ratios = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            for (var entry : operations.entrySet()) {
                rates.get(entry.getKey())[r] = run(entry.getValue(), roundSeconds * 1_000_000_000L);
            }
            ratios[r] = rates.get(BC_DECODED)[r] / rates.get(JDK_VERIFY)[r];
        }
        System.out.printf(Locale.ROOT, "%-44s %12s %12s %12s %10s%n", "operation", "median/s", "min/s", "max/s", "µs/op");
        rates.forEach((name, values) -> {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            double median = sorted[rounds / 2];
            System.out.printf(Locale.ROOT, "%-44s %,12.0f %,12.0f %,12.0f %10.1f%n", name, median, sorted[0],
                    sorted[rounds - 1], 1_000_000 / median);
        });
        Arrays.sort(ratios);
        System.out.printf(Locale.ROOT, "BouncyCastle (decoded key) / JDK verifications, median of rounds: %.1f x%n",
                ratios[rounds / 2]);
    }

    /** Operations per second over about {@code nanos}; the clock is read every 64 operations. */
    private static double run(Operation operation, long nanos) throws Exception {
        long start = System.nanoTime();
        long end = start + nanos;
        long done = 0;
        long total = 0;
        long now;
        do {
            for (int k = 0; k < 64; k++) {
                total += operation.run((int) done++);
            }
            now = System.nanoTime();
        } while (now < end);
        sink += total;
        return done * 1e9 / (now - start);
    }

    private static String forged(String text) {
        char last = text.charAt(text.length() - 1);
        return text.substring(0, text.length() - 1) + (last == 'A' ? 'B' : 'A');
    }

    private static void sanityCheck(byte[][] codes, String[] texts, byte[] publicKey, PublicKey jdkPublic, Signature jdk,
            BadgeCodes.KeyLookup lookup) throws Exception {
        jdk.initVerify(jdkPublic);
        jdk.update(codes[0], 0, PAYLOAD);
        if (!jdk.verify(codes[0], PAYLOAD, 64) || !Ed25519.verify(codes[0], PAYLOAD, publicKey, 0, codes[0], 0, PAYLOAD)
                || !(BadgeCodes.verify(texts[0], lookup) instanceof BadgeVerification.Verified)
                || !(BadgeCodes.verify(forged(texts[0]), lookup) instanceof BadgeVerification.Refused)) {
            throw new IllegalStateException("The benchmark would measure something other than successful verifications");
        }
    }

    private static PrivateKey jdkPrivateKey(SecureRandom random) throws Exception {
        byte[] seed = new byte[32];
        random.nextBytes(seed);
        return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(
                join(HexFormat.of().parseHex("302e020100300506032b657004220420"), seed)));
    }

    private static byte[] join(byte[] a, byte[] b) {
        byte[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }
}
