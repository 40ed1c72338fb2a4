package org.expodesk.badge;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.expodesk.badge.BadgeVerification.Reason;
import org.expodesk.badge.BadgeVerification.Refused;
import org.expodesk.badge.BadgeVerification.Verified;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The code format on its own, without Spring or a database: what is signed verifies, and nothing else does. */
class BadgeCodesTest {

    private static final long EVENT = 4_321;
    private static final long OTHER_EVENT = 4_322;
    private static final LocalDate OPENING = LocalDate.of(2026, 10, 26);

    private final BadgeKeyPair key = BadgeKeyPair.fromSeed(1, seed(1));
    private final BadgeKeyPair otherEventKey = BadgeKeyPair.fromSeed(1, seed(2));
    private final Keys keys = new Keys().add(EVENT, key).add(OTHER_EVENT, otherEventKey);

    private final BadgeClaims claims = new BadgeClaims(BadgeId.fromBytes(HexFormat.of().parseHex("00112233445566778899aabb")),
            EVENT, 3, BadgeValidity.between(OPENING, OPENING, OPENING.plusDays(2)));
    private final String code = BadgeCodes.encode(claims, key);

    @Test
    void a_signed_code_verifies_to_the_same_claims_and_key() {
        assertThat(BadgeCodes.verify(code, keys)).isEqualTo(new Verified(claims, 1));
    }

    @Test
    void build_up_crews_valid_before_and_after_the_fair_but_not_during_it_round_trip() {
        BadgeValidity crew = BadgeValidity.ofDays(OPENING, List.of(OPENING.minusDays(5), OPENING.minusDays(1),
                OPENING.plusDays(3), OPENING.plusDays(4)));
        BadgeClaims crewClaims = new BadgeClaims(BadgeId.random(), EVENT, 255, crew);

        BadgeVerification result = BadgeCodes.verify(BadgeCodes.encode(crewClaims, key), keys);

        assertThat(result).isEqualTo(new Verified(crewClaims, 1));
        assertThat(((Verified) result).claims().validity().isValidOn(OPENING, OPENING)).isFalse();
    }

    @Test
    void code_is_121_characters_and_fits_a_version_7_qr_code_at_level_m() throws Exception {
        assertThat(code).startsWith("EXD1.").hasSize(121).hasSize(BadgeCodes.TEXT_LENGTH);
        assertThat(Encoder.encode(code, ErrorCorrectionLevel.M).getVersion().getVersionNumber()).isEqualTo(7);
    }

    @Test
    void code_carries_no_text_of_the_claims_beyond_the_prefix() {
        assertThat(code.substring(5)).matches("[A-Za-z0-9_-]{116}");
    }

    @Test
    void the_test_vector_in_the_format_document_is_what_the_code_produces() throws Exception {
        BadgeKeyPair vectorKey = BadgeKeyPair.fromSeed(1, HexFormat.of().parseHex(
                "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"));
        BadgeClaims vectorClaims = new BadgeClaims(new BadgeId("00112233445566778899aabb"), 42, 3,
                BadgeValidity.between(OPENING, OPENING, OPENING.plusDays(2)));
        String document = Files.readString(Path.of("docs/badge-code.md"));

        assertThat(document).contains(Base64.getUrlEncoder().withoutPadding().encodeToString(vectorKey.publicKey()))
                .contains("`" + BadgeCodes.encode(vectorClaims, vectorKey) + "`");
    }

    @Test
    void signatures_are_standard_ed25519_that_the_jdk_verifies_too() throws Exception {
        byte[] bytes = bytesOf(code);
        PublicKey publicKey = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(
                concat(HexFormat.of().parseHex("302a300506032b6570032100"), key.publicKey())));
        Signature jdk = Signature.getInstance("Ed25519");
        jdk.initVerify(publicKey);
        jdk.update(bytes, 0, BadgeCodes.PAYLOAD_LENGTH);

        assertThat(jdk.verify(bytes, BadgeCodes.PAYLOAD_LENGTH, BadgeCodes.SIGNATURE_LENGTH)).isTrue();
    }

    @Test
    void every_single_bit_flip_of_payload_or_signature_is_refused() {
        byte[] bytes = bytesOf(code);
        Map<Reason, Integer> reasons = new EnumMap<>(Reason.class);
        for (int bit = 0; bit < bytes.length * 8; bit++) {
            byte[] flipped = bytes.clone();
            flipped[bit / 8] ^= (byte) (1 << (bit % 8));

            BadgeVerification result = BadgeCodes.verify(textOf(flipped), keys);

            assertThat(result).as("bit %d", bit).isInstanceOf(Refused.class);
            Reason reason = ((Refused) result).reason();
            Reason expected = bit < 8 ? Reason.UNKNOWN_VERSION : bit < 16 ? Reason.UNKNOWN_KEY : Reason.FORGED;
            if (bit >= 14 * 8 && bit < 18 * 8) {
                // The event id: another event with a key 1 says FORGED, an event without keys UNKNOWN_KEY.
                assertThat(reason).as("bit %d", bit).isIn(Reason.UNKNOWN_KEY, Reason.FORGED);
            } else {
                assertThat(reason).as("bit %d", bit).isEqualTo(expected);
            }
            reasons.merge(reason, 1, Integer::sum);
        }
        assertThat(reasons.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(87 * 8);
    }

    @Test
    void a_code_of_one_event_relabelled_for_another_event_is_forged() {
        byte[] bytes = bytesOf(code);
        bytes[17] = (byte) (OTHER_EVENT & 0xFF);

        assertThat(BadgeCodes.verify(textOf(bytes), keys)).isEqualTo(new Refused(Reason.FORGED));
        // ... and signed with the right key but presented with the other event's key it fails too.
        assertThat(BadgeCodes.verify(code, new Keys().add(EVENT, otherEventKey))).isEqualTo(new Refused(Reason.FORGED));
    }

    @Test
    void a_code_truncated_at_any_length_is_refused_as_malformed() {
        for (int length = 0; length < code.length(); length++) {
            assertThat(BadgeCodes.verify(code.substring(0, length), keys)).as("first %d characters", length)
                    .isEqualTo(new Refused(Reason.MALFORMED));
        }
        byte[] bytes = bytesOf(code);
        for (int length = 0; length < bytes.length; length++) {
            assertThat(BadgeCodes.verify(textOf(Arrays.copyOf(bytes, length)), keys)).as("first %d bytes", length)
                    .isEqualTo(new Refused(Reason.MALFORMED));
        }
    }

    @Test
    void bad_base64_wrong_prefix_and_padding_are_refused_as_malformed() {
        String body = code.substring(5);
        for (String bad : List.of(
                "EXD1." + body.substring(0, 115) + "=",
                "EXD1." + body.substring(0, 115) + "+",
                "EXD1." + body.substring(0, 60) + "/" + body.substring(61),
                "EXD1." + body.substring(0, 60) + " " + body.substring(61),
                "EXD1." + body.substring(0, 60) + "é" + body.substring(61),
                "EXD1." + body + "==",
                "exd1." + body, "EXE1." + body, "EXD1:" + body, "EXD." + body, "EXDx." + body, "EXD1" + body,
                "https://example.cn/?" + code, "", " ", "EXD", "EXD1.", "\u0000".repeat(121))) {
            assertThat(BadgeCodes.verify(bad, keys)).as(bad).isEqualTo(new Refused(Reason.MALFORMED));
        }
        assertThat(BadgeCodes.verify(null, keys)).isEqualTo(new Refused(Reason.MALFORMED));
    }

    @Test
    void a_scanner_s_line_ending_around_the_code_is_ignored() {
        assertThat(BadgeCodes.verify(code + "\r\n", keys)).isEqualTo(new Verified(claims, 1));
        assertThat(BadgeCodes.verify("\t" + code + " ", keys)).isEqualTo(new Verified(claims, 1));
    }

    @Test
    void an_unknown_version_in_the_prefix_or_in_the_signed_bytes_is_refused_as_such() {
        assertThat(BadgeCodes.verify("EXD2." + code.substring(5), keys)).isEqualTo(new Refused(Reason.UNKNOWN_VERSION));
        assertThat(BadgeCodes.verify("EXD17." + code.substring(5), keys)).isEqualTo(new Refused(Reason.UNKNOWN_VERSION));
        byte[] bytes = bytesOf(code);
        for (int version : new int[] {0, 2, 0x81, 0xFF}) {
            bytes[0] = (byte) version;
            assertThat(BadgeCodes.verify(textOf(bytes), keys)).as("version byte %d", version)
                    .isEqualTo(new Refused(Reason.UNKNOWN_VERSION));
        }
    }

    @Test
    void an_unknown_key_id_or_an_event_without_keys_is_refused_as_unknown_key() {
        byte[] bytes = bytesOf(code);
        for (int keyId : new int[] {0, 2, 255}) {
            bytes[1] = (byte) keyId;
            assertThat(BadgeCodes.verify(textOf(bytes), keys)).as("key id %d", keyId)
                    .isEqualTo(new Refused(Reason.UNKNOWN_KEY));
        }
        assertThat(BadgeCodes.verify(code, new Keys())).isEqualTo(new Refused(Reason.UNKNOWN_KEY));
    }

    @Test
    void anything_longer_than_the_limit_is_refused_unread_as_oversized() {
        assertThat(BadgeCodes.verify(code + " ".repeat(BadgeCodes.MAX_TEXT_LENGTH - code.length()), keys))
                .isEqualTo(new Verified(claims, 1));
        assertThat(BadgeCodes.verify(code + " ".repeat(BadgeCodes.MAX_TEXT_LENGTH - code.length() + 1), keys))
                .isEqualTo(new Refused(Reason.OVERSIZED));
        assertThat(BadgeCodes.verify(code + "A".repeat(10 * 1024 * 1024), keys)).isEqualTo(new Refused(Reason.OVERSIZED));
    }

    @Test
    void ten_thousand_random_strings_each_get_a_typed_refusal() {
        Random random = new Random(20261026L);
        byte[] genuine = bytesOf(code);
        Map<Reason, Integer> reasons = new EnumMap<>(Reason.class);
        for (int i = 0; i < 10_000; i++) {
            String garbage = switch (i % 5) {
                case 0 -> randomText(random, random.nextInt(600), 0x10FFFF);
                case 1 -> randomText(random, random.nextInt(200), 0x7F);
                case 2 -> "EXD1." + randomBase64Url(random, 110 + random.nextInt(12));
                case 3 -> textOf(randomCode(random, genuine, 1));
                // Our header (version, key, event) in front of random bytes: only the signature stops these.
                default -> textOf(randomCode(random, genuine, 18));
            };

            BadgeVerification result = BadgeCodes.verify(garbage, keys);

            assertThat(result).as(garbage).isInstanceOf(Refused.class);
            reasons.merge(((Refused) result).reason(), 1, Integer::sum);
        }
        assertThat(reasons).containsKeys(Reason.values());
    }

    /** Random code bytes behind the first {@code header} bytes of the genuine code (1: its version; 18: up to its event id). */
    private static byte[] randomCode(Random random, byte[] genuine, int header) {
        byte[] bytes = new byte[BadgeCodes.CODE_LENGTH];
        random.nextBytes(bytes);
        System.arraycopy(genuine, 0, bytes, 0, header);
        return bytes;
    }

    private static String randomText(Random random, int length, int maxCodePoint) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            int c = random.nextInt(maxCodePoint + 1);
            if (Character.isValidCodePoint(c)) {
                text.appendCodePoint(c); // lone surrogates included: they are valid chars in a Java string
            }
        }
        return text.toString();
    }

    private static String randomBase64Url(Random random, int length) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    static byte[] bytesOf(String code) {
        return Base64.getUrlDecoder().decode(code.substring(BadgeCodes.PREFIX.length()));
    }

    static String textOf(byte[] bytes) {
        return BadgeCodes.PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] seed(int salt) {
        byte[] seed = new byte[32];
        for (int i = 0; i < seed.length; i++) {
            seed[i] = (byte) (i * 7 + salt);
        }
        return seed;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }

    /** Public keys by event and key id, as the in-memory cache holds them. */
    private static final class Keys implements BadgeCodes.KeyLookup {
        private final Map<String, BadgeVerificationKey> byId = new HashMap<>();

        Keys add(long eventId, BadgeKeyPair pair) {
            byId.put(eventId + "/" + pair.keyId(), BadgeVerificationKey.of(pair.publicKey()));
            return this;
        }

        @Override
        public @Nullable BadgeVerificationKey find(long eventId, int keyId) {
            return byId.get(eventId + "/" + keyId);
        }
    }
}
