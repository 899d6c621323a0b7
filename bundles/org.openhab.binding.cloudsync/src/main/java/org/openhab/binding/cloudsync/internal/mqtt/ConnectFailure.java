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
package org.openhab.binding.cloudsync.internal.mqtt;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertPathValidatorException.BasicReason;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.eclipse.paho.client.mqttv3.MqttException;

/**
 * The {@link ConnectFailure} is why a connect attempt failed, sorted into what the user must fix (the
 * configuration: login, client id) and what may pass or lies at the broker (network, TLS), with the i18n key
 * and arguments of the Thing status text. TLS causes are dug out of the exception chain: an unknown CA, a
 * certificate for another host name, an expired certificate, or a broker that refused our client certificate.
 *
 * @param configurationProblem whether the user must change the configuration
 * @param textKey the i18n key of the status text in {@code cloudsync.properties}
 * @param arguments the arguments of the status text, without secrets
 * @param reason a readable reason for the debug log, without secrets
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
public record ConnectFailure(boolean configurationProblem, String textKey, List<String> arguments, String reason) {

    /** TLS alerts a broker sends when it does not accept our client certificate (or its absence). */
    private static final Set<String> CLIENT_CERTIFICATE_ALERTS = Set.of("certificate_required", "bad_certificate",
            "unknown_ca", "certificate_unknown", "certificate_expired", "certificate_revoked", "access_denied");
    private static final String ALERT_PREFIX = "Received fatal alert: ";

    /**
     * Sorts a failure of a connect attempt.
     *
     * @param error what Paho reported
     * @param serverUri the server URI we connected to (never carries credentials)
     */
    public static ConnectFailure of(Throwable error, String serverUri) {
        String reason = describe(error);
        if (error instanceof MqttException mqtt) {
            switch (mqtt.getReasonCode()) {
                case MqttException.REASON_CODE_FAILED_AUTHENTICATION:
                case MqttException.REASON_CODE_NOT_AUTHORIZED:
                    return new ConnectFailure(true, "offline.conf-error-not-authorized", List.of(), reason);
                case MqttException.REASON_CODE_INVALID_CLIENT_ID:
                    return new ConnectFailure(true, "offline.conf-error-client-id-rejected", List.of(), reason);
                case MqttException.REASON_CODE_BROKER_UNAVAILABLE:
                    return communication("offline.comm-error-broker-unavailable", reason, serverUri);
                case MqttException.REASON_CODE_INVALID_PROTOCOL_VERSION:
                    return communication("offline.comm-error-protocol", reason, serverUri);
                default:
                    break;
            }
        }
        ConnectFailure tls = tlsFailure(error, serverUri, reason);
        if (tls != null) {
            return tls;
        }
        for (Throwable cause : chain(error)) {
            if (cause instanceof UnknownHostException) {
                return communication("offline.comm-error-connect-unknown-host", reason, hostOf(serverUri));
            } else if (cause instanceof ConnectException) {
                return communication("offline.comm-error-connect-refused", reason, serverUri);
            } else if (cause instanceof NoRouteToHostException) {
                return communication("offline.comm-error-connect-no-route", reason, serverUri);
            } else if (cause instanceof SocketTimeoutException) {
                return communication("offline.comm-error-connect-timeout", reason, serverUri);
            } else if (cause.getClass().getSimpleName().equals("HandshakeFailedException")) {
                // Paho's websocket upgrade was refused: wrong port or path
                return communication("offline.comm-error-websocket", reason, serverUri, messageOf(cause));
            } else if (isClosedByBroker(cause)) {
                // for example a TLS 1.3 broker that rejects our client certificate after the handshake
                return communication("offline.comm-error-connect-closed", reason, serverUri);
            }
        }
        if (error instanceof MqttException mqtt) {
            if (mqtt.getReasonCode() == MqttException.REASON_CODE_CLIENT_TIMEOUT) {
                return communication("offline.comm-error-connect-timeout", reason, serverUri);
            } else if (mqtt.getReasonCode() == MqttException.REASON_CODE_CONNECTION_LOST) {
                return communication("offline.comm-error-connect-closed", reason, serverUri);
            }
        }
        return communication("offline.comm-error-connect", reason, reason);
    }

    /** The TLS reason of a failure, or null when it is not a TLS failure. */
    private static @Nullable ConnectFailure tlsFailure(Throwable error, String serverUri, String reason) {
        List<Throwable> chain = chain(error);
        for (Throwable cause : chain) {
            if (cause instanceof CertificateExpiredException) {
                return communication("offline.comm-error-tls-expired", reason, serverUri, messageOf(cause));
            } else if (cause instanceof CertificateNotYetValidException) {
                return communication("offline.comm-error-tls-not-yet-valid", reason, serverUri, messageOf(cause));
            }
        }
        for (Throwable cause : chain) {
            if (cause instanceof CertPathValidatorException validation) {
                if (validation.getReason() == BasicReason.EXPIRED) {
                    return communication("offline.comm-error-tls-expired", reason, serverUri, messageOf(cause));
                } else if (validation.getReason() == BasicReason.NOT_YET_VALID) {
                    return communication("offline.comm-error-tls-not-yet-valid", reason, serverUri, messageOf(cause));
                }
            }
        }
        for (Throwable cause : chain) {
            if (cause instanceof CertPathBuilderException || cause instanceof CertPathValidatorException) {
                return communication("offline.comm-error-tls-untrusted", reason, serverUri);
            } else if (isHostnameMismatch(cause)) {
                return communication("offline.comm-error-tls-hostname", reason, hostOf(serverUri));
            }
        }
        for (Throwable cause : chain) {
            String message = messageOf(cause);
            if (cause instanceof SSLException && message.startsWith(ALERT_PREFIX)) {
                String alert = message.substring(ALERT_PREFIX.length()).trim();
                if (CLIENT_CERTIFICATE_ALERTS.contains(alert)) {
                    return communication("offline.comm-error-tls-client-rejected", reason, serverUri, alert);
                }
                return communication("offline.comm-error-tls", reason, serverUri, message);
            }
        }
        for (Throwable cause : chain) {
            if (cause instanceof SSLException) {
                return communication("offline.comm-error-tls", reason, serverUri, messageOf(cause));
            }
        }
        return null;
    }

    private static boolean isClosedByBroker(Throwable cause) {
        String message = messageOf(cause);
        return cause instanceof EOFException || (cause instanceof SocketException
                && (message.contains("Broken pipe") || message.contains("Connection reset")));
    }

    /** The JDK's endpoint identification ("HTTPS") fails with these, Paho's own host check with the first. */
    private static boolean isHostnameMismatch(Throwable cause) {
        String message = messageOf(cause);
        return cause instanceof SSLPeerUnverifiedException || (cause instanceof CertificateException
                && (message.startsWith("No subject alternative") || message.startsWith("No name matching")));
    }

    private static ConnectFailure communication(String textKey, String reason, String... arguments) {
        return new ConnectFailure(false, textKey, List.of(arguments), reason);
    }

    /** The exception and its causes, outermost first, each once. */
    private static List<Throwable> chain(Throwable error) {
        List<Throwable> chain = new ArrayList<>();
        Throwable current = error;
        while (current != null && !chain.contains(current) && chain.size() < 20) {
            chain.add(current);
            current = current.getCause();
        }
        return chain;
    }

    private static String messageOf(Throwable error) {
        String message = error.getMessage();
        return message == null ? error.getClass().getSimpleName() : message;
    }

    private static String hostOf(String serverUri) {
        try {
            String host = URI.create(serverUri).getHost();
            return host == null ? serverUri : host;
        } catch (IllegalArgumentException e) {
            return serverUri;
        }
    }

    /** Paho's message plus the root cause (for example "Connection refused"), which is what a user can act on. */
    static String describe(Throwable error) {
        List<Throwable> chain = chain(error);
        Throwable root = chain.get(chain.size() - 1);
        String message = messageOf(error);
        if (chain.size() > 1 && root.getMessage() != null) {
            return message + " (" + root.getMessage() + ")";
        }
        return message;
    }
}
