package vn.toadam.reliability;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/** The corpus of hostile inputs, by name; some depend on the field's length limit. */
final class HostileInputs {

    private HostileInputs() {
    }

    static Map<String, String> forLimit(int max) {
        Map<String, IntFunction<String>> corpus = new LinkedHashMap<>();
        corpus.put("empty", m -> "");
        corpus.put("whitespace only", m -> "  \t\n \r\n  ");
        corpus.put("invisible only", m -> "\u00A0\u200B\uFEFF\u2060\u3000");
        corpus.put("exactly the limit", m -> "ậ".repeat(m));
        corpus.put("one over the limit", m -> "a".repeat(m + 1));
        corpus.put("1 MB paste", m -> "Dán cả trang. ".repeat(75_000));
        corpus.put("control characters", m -> "Dòng\u0001một\u0007\u001B[31mđỏ\u007F\u0085");
        corpus.put("NUL", m -> "Có\u0000NUL");
        corpus.put("HTML and script", m -> "<script>alert('x')</script><b>đậm</b>");
        corpus.put("HTML event handler", m -> "<img src=x onerror=alert(1)>");
        corpus.put("javascript: link", m -> "javascript:alert(document.cookie)");
        corpus.put("bidi override", m -> "\u202Egnp.exe\u202C an toàn \u2067x\u2069");
        corpus.put("zero-width inside", m -> "Chi\u200Bbộ\u2060 \uFEFFtốt");
        corpus.put("emoji and combining sequences", m -> "Đồng ý 👍🏽 👨‍👩‍👧 e\u0301 🇻🇳");
        corpus.put("decomposed Vietnamese", m -> "Chi bo\u0323\u0302 pha\u0301t huy");
        corpus.put("lone surrogate", m -> "nửa\uD83D ký tự");
        corpus.put("SQL-looking", m -> "'; DROP TABLE card; --");
        corpus.put("CSV formula", m -> "=HYPERLINK(\"http://x\";\"bấm\")");
        corpus.put("CSV formula plus", m -> "+1+1");
        corpus.put("CSV formula at", m -> "@SUM(A1)");
        corpus.put("right-to-left text", m -> "مرحبا بالعالم");
        corpus.put("one long word", m -> "x".repeat(Math.min(m, 500)));
        Map<String, String> inputs = new LinkedHashMap<>();
        corpus.forEach((name, make) -> inputs.put(name, make.apply(max)));
        return inputs;
    }
}
