/*
 * Copyright (c) 2010-2026 Contributors to the openHAB project
 *
 * See the NOTICE file(s) distributed with this work for additional
 * information.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.cloudsync.internal.config;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The {@link BrokerAddressParser} is responsible for turning the {@code host}, {@code port}, {@code protocol},
 * {@code path}, {@code username} and {@code password} parameters into one {@link BrokerAddress}. {@code host}
 * is either a host name or IP address (optionally with {@code :port}), or one URL such as
 * {@code mqtts://user:pass@broker.example.com:8883} whose user and password may be percent-encoded.
 * <p>
 * {@code host} may also list several such entries separated by commas, the brokers of a failover list tried in
 * order. All of them use TLS or none does (one TLS configuration serves them all), and all log in alike (one user
 * name and password). In a list the Port, Protocol and WebSocket Path parameters fill in for the entries that do not
 * name their own; a single entry whose own port or path differs from the parameter is an error, as before.
 * <p>
 * A URL may carry a password, so no error text ever repeats a URL as given: it is masked by
 * {@link SecretMasking}.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
final class BrokerAddressParser {

    /** URL schemes and protocol names, mapped to Paho's schemes. */
    private static final Map<String, String> SCHEMES = Map.of("tcp", "tcp", "mqtt", "tcp", "ssl", "ssl", "mqtts", "ssl",
            "tcps", "ssl", "tls", "ssl", "ws", "ws", "wss", "wss");
    private static final Map<String, Integer> DEFAULT_PORTS = Map.of("tcp", 1883, "ssl", 8883, "ws", 80, "wss", 443);
    private static final int NO_PORT = -1;
    private static final int INVALID_PORT = -2;

    private BrokerAddressParser() {
    }

    /**
     * The brokers of the {@code host} parameter, in the order they are tried.
     *
     * @throws InvalidConfigurationException naming the entry and the problem; never with a password in it
     */
    static List<BrokerAddress> parseAll(MqttEndpointConfiguration config) throws InvalidConfigurationException {
        List<String> entries = splitEntries(config.host);
        if (entries.isEmpty()) {
            throw new InvalidConfigurationException("offline.conf-error-host-missing");
        }
        Integer portParameter = config.port;
        if (portParameter != null && (portParameter < 1 || portParameter > 65535)) {
            throw new InvalidConfigurationException("offline.conf-error-port", String.valueOf(portParameter));
        }
        for (String entry : entries) {
            if (!entry.contains("://") && entry.indexOf('@') >= 0) {
                // probably user:password@host without a scheme: never repeat it, nor the entry before it, which may
                // hold the start of a password with a comma in it
                throw new InvalidConfigurationException("offline.conf-error-host-credentials");
            }
        }
        boolean list = entries.size() > 1;
        List<BrokerAddress> addresses = new ArrayList<>();
        for (String entry : entries) {
            addresses.add(parse(entry, config, list));
        }
        BrokerAddress first = addresses.get(0);
        for (BrokerAddress other : addresses) {
            if (other.usesTls() != first.usesTls()) {
                BrokerAddress tls = first.usesTls() ? first : other;
                BrokerAddress plain = first.usesTls() ? other : first;
                throw new InvalidConfigurationException("offline.conf-error-failover-tls", tls.serverUri(),
                        plain.serverUri());
            }
            if (!Objects.equals(other.username(), first.username())
                    || !Objects.equals(other.password(), first.password())) {
                throw new InvalidConfigurationException("offline.conf-error-failover-login");
            }
        }
        return List.copyOf(addresses);
    }

    /**
     * The entries of a host list, split at the commas between them. A comma inside the credentials of a URL
     * ({@code mqtts://user:pa,ss@host}) does not split: a URL's credentials run to the last {@code @} before the
     * next URL, so that no part of a password ends up as an entry of its own (and in an error text).
     */
    static List<String> splitEntries(String hosts) {
        List<String> entries = new ArrayList<>();
        int start = 0;
        int length = hosts.length();
        while (start <= length) {
            int comma = hosts.indexOf(',', start);
            int schemeEnd = hosts.indexOf("://", start);
            if (schemeEnd >= 0 && (comma < 0 || schemeEnd < comma)) {
                int nextScheme = hosts.indexOf("://", schemeEnd + 3);
                int limit = nextScheme < 0 ? length : hosts.lastIndexOf(',', nextScheme);
                int at = limit > schemeEnd ? hosts.lastIndexOf('@', limit - 1) : -1;
                comma = hosts.indexOf(',', at > schemeEnd ? at : schemeEnd + 3);
            }
            int end = comma < 0 ? length : comma;
            String entry = hosts.substring(start, end).trim();
            if (!entry.isEmpty()) {
                entries.add(entry);
            }
            start = end + 1;
        }
        return entries;
    }

    /** One entry of the host parameter; {@code inList}: the parameters only fill in what the entry lacks. */
    private static BrokerAddress parse(String host, MqttEndpointConfiguration config, boolean inList)
            throws InvalidConfigurationException {
        Integer portParameter = config.port;
        String username = emptyToNull(config.username);
        String password = emptyToNull(config.password);
        int schemeEnd = host.indexOf("://");
        if (schemeEnd < 0) {
            if (host.indexOf('@') >= 0) {
                // probably user:password@host without a scheme: never repeat it
                throw new InvalidConfigurationException("offline.conf-error-host-credentials");
            }
            String protocol = SCHEMES.get(config.protocol.trim().toLowerCase(Locale.ROOT));
            if (protocol == null) {
                throw new InvalidConfigurationException("offline.conf-error-protocol", config.protocol);
            }
            HostPort hostPort = hostPort(host);
            if (hostPort == null) {
                throw new InvalidConfigurationException("offline.conf-error-host-invalid", host);
            }
            if (hostPort.port() == INVALID_PORT) {
                throw new InvalidConfigurationException("offline.conf-error-port",
                        host.substring(host.lastIndexOf(':') + 1));
            }
            int port = port(hostPort.port(), portParameter, protocol, inList);
            return new BrokerAddress(protocol, hostPort.host(), port, path(config.path.trim(), "", protocol, inList),
                    username, password);
        }
        return fromUrl(host, schemeEnd, portParameter, config.path.trim(), username, password, inList);
    }

    private static BrokerAddress fromUrl(String url, int schemeEnd, @Nullable Integer portParameter,
            String pathParameter, @Nullable String usernameParameter, @Nullable String passwordParameter,
            boolean inList) throws InvalidConfigurationException {
        String masked = SecretMasking.maskUrlCredentials(url);
        String scheme = url.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
        String protocol = SCHEMES.get(scheme);
        if (protocol == null) {
            throw new InvalidConfigurationException("offline.conf-error-url-scheme", scheme);
        }
        String rest = url.substring(schemeEnd + 3);
        String username = usernameParameter;
        String password = passwordParameter;
        int at = rest.lastIndexOf('@');
        if (at >= 0) {
            String userInfo = rest.substring(0, at);
            rest = rest.substring(at + 1);
            if (!userInfo.isEmpty()) {
                if (usernameParameter != null || passwordParameter != null) {
                    throw new InvalidConfigurationException("offline.conf-error-url-credentials");
                }
                int colon = userInfo.indexOf(':');
                try {
                    username = emptyToNull(decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
                    password = colon < 0 ? null : emptyToNull(decode(userInfo.substring(colon + 1)));
                } catch (IllegalArgumentException e) {
                    throw new InvalidConfigurationException("offline.conf-error-url-encoding", masked);
                }
            }
        }
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        String urlPath = slash < 0 ? "" : rest.substring(slash);
        if (authority.indexOf('?') >= 0 || authority.indexOf('#') >= 0) {
            throw new InvalidConfigurationException("offline.conf-error-url-host", masked);
        }
        HostPort hostPort = hostPort(authority);
        if (hostPort == null) {
            throw new InvalidConfigurationException("offline.conf-error-url-host", masked);
        }
        if (hostPort.port() == INVALID_PORT) {
            throw new InvalidConfigurationException("offline.conf-error-url-port", masked);
        }
        if (("tcp".equals(protocol) || "ssl".equals(protocol)) && "/".equals(urlPath)) {
            urlPath = "";
        }
        int port = port(hostPort.port(), portParameter, protocol, inList);
        return new BrokerAddress(protocol, hostPort.host(), port, path(pathParameter, urlPath, protocol, inList),
                username, password);
    }

    /**
     * The port from the address, else the Port parameter, else the protocol's default; two different is an error for
     * a single entry.
     */
    private static int port(int addressPort, @Nullable Integer portParameter, String protocol, boolean inList)
            throws InvalidConfigurationException {
        if (addressPort != NO_PORT) {
            if (!inList && portParameter != null && portParameter != addressPort) {
                throw new InvalidConfigurationException("offline.conf-error-port-conflict", String.valueOf(addressPort),
                        String.valueOf(portParameter));
            }
            return addressPort;
        }
        if (portParameter != null) {
            return portParameter;
        }
        return DEFAULT_PORTS.getOrDefault(protocol, 1883);
    }

    /**
     * The websocket path from the URL or the Path parameter; only ws and wss have one. In a list the parameter fills
     * in for the ws and wss entries without a path of their own.
     */
    private static String path(String pathParameter, String urlPath, String protocol, boolean inList)
            throws InvalidConfigurationException {
        boolean websocket = "ws".equals(protocol) || "wss".equals(protocol);
        if (inList) {
            return path("", urlPath.isEmpty() && websocket ? pathParameter : urlPath, protocol, false);
        }
        if (!urlPath.isEmpty() && !pathParameter.isEmpty() && !urlPath.equals(pathParameter)) {
            throw new InvalidConfigurationException("offline.conf-error-path-conflict", urlPath, pathParameter);
        }
        String path = urlPath.isEmpty() ? pathParameter : urlPath;
        if (path.isEmpty()) {
            return path;
        }
        if (!websocket) {
            throw new InvalidConfigurationException("offline.conf-error-path-not-websocket", path, protocol);
        }
        if (!path.startsWith("/") || path.indexOf('#') >= 0 || path.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidConfigurationException("offline.conf-error-path", path);
        }
        try {
            new URI("ws://localhost" + path);
        } catch (URISyntaxException e) {
            throw new InvalidConfigurationException("offline.conf-error-path", path);
        }
        return path;
    }

    /** A host with the port written after it, {@link #NO_PORT} or {@link #INVALID_PORT}. */
    private record HostPort(String host, int port) {
    }

    /** Splits {@code host}, {@code host:port}, {@code [v6]}, {@code [v6]:port} or a bare IPv6 address. */
    private static @Nullable HostPort hostPort(String text) {
        String host;
        String portText = null;
        if (text.startsWith("[")) {
            int end = text.indexOf(']');
            if (end < 0) {
                return null;
            }
            host = text.substring(1, end);
            String after = text.substring(end + 1);
            if (!after.isEmpty()) {
                if (!after.startsWith(":")) {
                    return null;
                }
                portText = after.substring(1);
            }
            if (host.indexOf(':') < 0) {
                return null;
            }
        } else {
            int first = text.indexOf(':');
            if (first >= 0 && first == text.lastIndexOf(':')) {
                host = text.substring(0, first);
                portText = text.substring(first + 1);
            } else {
                host = text;
            }
        }
        if (host.isEmpty() || !isHostName(host)) {
            return null;
        }
        return new HostPort(host, portText == null ? NO_PORT : portNumber(portText));
    }

    /** A DNS name, an IPv4 address or an IPv6 address without brackets. */
    private static boolean isHostName(String host) {
        if (host.length() > 253 || host.startsWith("-") || host.startsWith(".")) {
            return false;
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.'
                    || c == '-' || c == ':' || c == '_';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    private static int portNumber(String text) {
        if (text.isEmpty() || text.length() > 5 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return INVALID_PORT;
        }
        int port = Integer.parseInt(text);
        return port >= 1 && port <= 65535 ? port : INVALID_PORT;
    }

    /** Decodes %XX sequences as UTF-8; a {@code +} stays a plus, as in any URL authority. */
    static String decode(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length()) {
                    throw new IllegalArgumentException("incomplete escape");
                }
                int high = Character.digit(text.charAt(i + 1), 16);
                int low = Character.digit(text.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    throw new IllegalArgumentException("not a hex escape");
                }
                bytes.write(high * 16 + low);
                i += 3;
            } else {
                int end = text.indexOf('%', i);
                end = end < 0 ? text.length() : end;
                bytes.writeBytes(text.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static @Nullable String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
