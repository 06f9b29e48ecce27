package vn.toadam.workshop.ui;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.vaadin.flow.server.VaadinRequest;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address learners type or scan to join. On a trainer's laptop opened as "localhost" it uses the laptop's
 * classroom-network address instead, since "localhost" means nothing on the learners' devices.
 */
@Component
public class JoinLinks {

    private final String publicUrl;

    JoinLinks(@Value("${toadam.public-url:}") String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public String joinUrl(String code) {
        return baseUrl() + "/join/" + code;
    }

    String baseUrl() {
        if (!publicUrl.isBlank()) {
            return publicUrl;
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null) {
            return "http://localhost:8080";
        }
        String host = request.getHeader("Host");
        if (host == null || host.isBlank()) {
            host = request.getRemoteHost();
        }
        String scheme = request.isSecure() ? "https" : "http";
        if (host.startsWith("localhost") || host.startsWith("127.")) {
            int colon = host.lastIndexOf(':');
            String port = colon > 0 ? host.substring(colon) : "";
            host = lanAddress().map(a -> a + port).orElse(host);
        }
        return scheme + "://" + host + request.getContextPath();
    }

    private static java.util.Optional<String> lanAddress() {
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nic.isUp() || nic.isLoopback() || nic.isVirtual()) {
                    continue;
                }
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (address instanceof Inet4Address && address.isSiteLocalAddress()) {
                        return java.util.Optional.of(address.getHostAddress());
                    }
                }
            }
        } catch (SocketException e) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.empty();
    }

    /** A QR code of {@code text} as an SVG data URL (crisp at any projector size). */
    public static String qrSvgDataUrl(String text) {
        try {
            BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            StringBuilder path = new StringBuilder();
            for (int y = 0; y < m.getHeight(); y++) {
                for (int x = 0; x < m.getWidth(); x++) {
                    if (m.get(x, y)) {
                        path.append('M').append(x).append(',').append(y).append("h1v1h-1z");
                    }
                }
            }
            String svg = "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 " + m.getWidth() + " " + m.getHeight()
                    + "' shape-rendering='crispEdges'><rect width='100%' height='100%' fill='#fff'/><path d='" + path
                    + "' fill='#000'/></svg>";
            return "data:image/svg+xml;base64,"
                    + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
        } catch (WriterException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
