package org.expodesk.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.expodesk.checkin.CheckInFixtures.Fair;
import org.expodesk.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Whatever text reaches a gate, the answer is a typed refusal and never an admission or an exception: every
 * single-bit change of a valid code, cut and damaged codes, unknown versions and keys, huge input and ten
 * thousand random strings. Each goes through the whole scan (and its log row), as a volunteer's would.
 */
@SpringBootTest
@ActiveProfiles("test")
class CodeRefusalTest {

    private static final Set<ScanResult> CODE_REFUSALS = EnumSet.of(ScanResult.INVALID_SIGNATURE, ScanResult.MALFORMED);
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();

    @Autowired
    CheckInService checkIn;
    @Autowired
    CheckInFixtures fixtures;

    private Fair fair;
    private String valid;

    @BeforeEach
    void aValidCodeOfTheGatesEvent() {
        fair = fixtures.fair();
        valid = fixtures.code(fixtures.badge(fair, CheckInFixtures.BUYER, "黄蓉"));
        TestData.signInAs(fair.volunteer());
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void every_single_bit_flip_of_the_signed_bytes_is_refused_as_an_invalid_signature() {
        byte[] bytes = DECODE.decode(valid.substring(5));
        for (int bit = 0; bit < bytes.length * 8; bit++) {
            byte[] flipped = bytes.clone();
            flipped[bit / 8] ^= (byte) (1 << (bit % 8));
            String code = valid.substring(0, 5) + ENCODE.encodeToString(flipped);
            assertThat(scan(code)).as("bit %d", bit).isEqualTo(ScanResult.INVALID_SIGNATURE);
        }
        assertThat(scan(valid)).as("control: the code itself").isEqualTo(ScanResult.ADMITTED);
    }

    @Test
    void every_single_bit_flip_of_the_code_text_is_refused() {
        for (int i = 0; i < valid.length(); i++) {
            for (int bit = 0; bit < 8; bit++) {
                char[] chars = valid.toCharArray();
                chars[i] = (char) (chars[i] ^ (1 << bit));
                String code = new String(chars);
                if (code.strip().equals(valid)) {
                    continue; // only whitespace around a code is ignored, and a flip cannot produce the same code
                }
                assertThat(scan(code)).as("character %d bit %d", i, bit).isIn(CODE_REFUSALS);
            }
        }
    }

    @Test
    void cut_damaged_unknown_and_oversized_codes_each_get_their_typed_refusal() {
        for (int length = 0; length < valid.length(); length += 7) {
            assertThat(scan(valid.substring(0, length))).as("cut to %d", length).isEqualTo(ScanResult.MALFORMED);
        }
        assertThat(scan(valid.substring(0, 60) + "*" + valid.substring(61))).as("not base64url").isEqualTo(ScanResult.MALFORMED);
        assertThat(scan(valid + "=")).as("padding").isEqualTo(ScanResult.MALFORMED);
        assertThat(scan("EXD2." + valid.substring(5))).as("unknown version").isEqualTo(ScanResult.INVALID_SIGNATURE);
        byte[] bytes = DECODE.decode(valid.substring(5));
        bytes[1] = 99;
        assertThat(scan("EXD1." + ENCODE.encodeToString(bytes))).as("unknown key id").isEqualTo(ScanResult.INVALID_SIGNATURE);
        assertThat(scan(valid.repeat(100))).as("oversized").isEqualTo(ScanResult.MALFORMED);
        assertThat(scan(null)).as("nothing").isEqualTo(ScanResult.MALFORMED);
        assertThat(scan("  " + valid + "\n")).as("control: a scanner's Enter around a valid code").isEqualTo(ScanResult.ADMITTED);
    }

    @Test
    void ten_thousand_random_strings_are_each_refused_as_malformed_or_invalid() {
        Random random = new Random(20261127);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/ 中文EXD1";
        for (int i = 0; i < 10_000; i++) {
            int length = random.nextInt(4) == 0 ? 121 : random.nextInt(200);
            StringBuilder text = new StringBuilder(random.nextBoolean() ? "EXD1." : "");
            for (int c = 0; c < length; c++) {
                text.append(random.nextInt(10) == 0 ? (char) random.nextInt(0x3000) : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(scan(text.toString())).as("random string %d", i).isIn(CODE_REFUSALS);
        }
    }

    private ScanResult scan(String code) {
        return checkIn.scan(fair.gate().id(), code, UUID.randomUUID(), Direction.IN).result();
    }
}
