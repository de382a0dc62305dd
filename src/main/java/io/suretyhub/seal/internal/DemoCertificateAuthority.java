package io.suretyhub.seal.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's DEMO certificate authority, for development only: it issues the certificates of
 * hosted keys. Its key is made at the first start and kept in the data directory (never in the
 * repository); every start says loudly that it is a demo.
 */
class DemoCertificateAuthority {

	private static final Logger log = LoggerFactory.getLogger(DemoCertificateAuthority.class);

	private static final String FILE = "demo-ca.p12";

	private static final String ALIAS = "demo-ca";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final PrivateKey key;

	private final X509Certificate certificate;

	private final Clock clock;

	DemoCertificateAuthority(SealDataDirectory directory, Clock clock) {
		this.clock = clock;
		try {
			KeyStore store = KeyStore.getInstance("PKCS12");
			if (Files.exists(directory.resolve(FILE))) {
				try (var in = Files.newInputStream(directory.resolve(FILE))) {
					store.load(in, directory.password());
				}
			}
			else {
				store.load(null, null);
				KeyPair pair = ecKeyPair();
				X509Certificate self = selfSigned(pair);
				store.setKeyEntry(ALIAS, pair.getPrivate(), directory.password(), new X509Certificate[] { self });
				var out = new ByteArrayOutputStream();
				store.store(out, directory.password());
				directory.writePrivate(FILE, out.toByteArray());
			}
			this.key = (PrivateKey) store.getKey(ALIAS, directory.password());
			this.certificate = (X509Certificate) store.getCertificate(ALIAS);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot set up the demo certificate authority", ex);
		}
		log.warn("DEMO CA in use: certificates for hosted seal keys are issued by '{}' (key in {}). "
				+ "For development and demonstration only, never for real policies.",
				certificate.getSubjectX500Principal().getName(), directory.resolve(FILE));
	}

	X509Certificate certificate() {
		return certificate;
	}

	/** A seal certificate for {@code publicKey}, then this CA's own certificate. */
	List<X509Certificate> issue(PublicKey publicKey, String subjectName, Duration validity) {
		Instant now = clock.instant();
		X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "CN")
			.addRDN(BCStyle.O, subjectName)
			.addRDN(BCStyle.CN, subjectName)
			.build();
		try {
			var extensions = new JcaX509ExtensionUtils();
			var builder = new JcaX509v3CertificateBuilder(certificate, serial(), Date.from(now.minusSeconds(60)),
					Date.from(now.plus(validity)), subject, publicKey)
				.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
				.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
				.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(publicKey))
				.addExtension(Extension.authorityKeyIdentifier, false,
						extensions.createAuthorityKeyIdentifier(certificate));
			return List.of(sign(builder), certificate);
		}
		catch (GeneralSecurityException | CertIOException ex) {
			throw new IllegalStateException("The demo CA cannot issue a certificate", ex);
		}
	}

	private X509Certificate selfSigned(KeyPair pair) throws GeneralSecurityException, CertIOException {
		Instant now = clock.instant();
		X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "CN")
			.addRDN(BCStyle.O, "SuretyHub")
			.addRDN(BCStyle.CN, "SuretyHub DEMO CA - not for production")
			.build();
		var builder = new JcaX509v3CertificateBuilder(name, serial(), Date.from(now.minus(Duration.ofDays(1))),
				Date.from(now.plus(Duration.ofDays(3650))), name, pair.getPublic())
			.addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
			.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
			.addExtension(Extension.subjectKeyIdentifier, false,
					new JcaX509ExtensionUtils().createSubjectKeyIdentifier(pair.getPublic()));
		return sign(builder, pair.getPrivate());
	}

	private X509Certificate sign(X509v3CertificateBuilder builder) throws GeneralSecurityException {
		return sign(builder, key);
	}

	private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey signer)
			throws GeneralSecurityException {
		try {
			var contentSigner = new JcaContentSignerBuilder("SHA256withECDSA").build(signer);
			return new JcaX509CertificateConverter().getCertificate(builder.build(contentSigner));
		}
		catch (OperatorCreationException ex) {
			throw new GeneralSecurityException(ex);
		}
	}

	private static KeyPair ecKeyPair() throws GeneralSecurityException {
		var generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
		return generator.generateKeyPair();
	}

	private static BigInteger serial() {
		return new BigInteger(127, RANDOM).add(BigInteger.ONE);
	}

}
