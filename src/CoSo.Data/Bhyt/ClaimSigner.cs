using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml;

namespace CoSo.Data.Bhyt;

/// <summary>
/// Signs a GIAMDINHHS envelope with the facility's certificate: an enveloped XML-DSig signature (RSA-SHA256, SHA-256
/// digest, exclusive canonicalisation, reference to the whole document) placed inside CHUKYDONVI. The exact scope
/// the portal's XSD expects is not public (bhyt-xml-notes.md §2): this is the usual enveloped form, to be checked
/// against the portal before production.
/// </summary>
public sealed class ClaimSigner(BhytOptions options)
{
    private readonly Lazy<X509Certificate2?> _certificate = new(() => options.CertificatePath is { } path
        ? X509CertificateLoader.LoadPkcs12FromFile(path, options.CertificatePassword)
        : null);

    public bool Configured => options.CertificatePath is not null;

    public byte[] Sign(byte[] envelope) => _certificate.Value is { } cert ? Sign(envelope, cert) : envelope;

    public static byte[] Sign(byte[] envelope, X509Certificate2 certificate)
    {
        var doc = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        using (var ms = new MemoryStream(envelope))
        using (var reader = XmlReader.Create(ms, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null }))
        {
            doc.Load(reader);
        }

        using var key = certificate.GetRSAPrivateKey() ?? throw new InvalidOperationException("The BHYT certificate has no RSA private key.");
        var signed = new SignedXml(doc) { SigningKey = key };
        signed.SignedInfo!.SignatureMethod = SignedXml.XmlDsigRSASHA256Url;
        signed.SignedInfo.CanonicalizationMethod = SignedXml.XmlDsigExcC14NTransformUrl;
        var reference = new Reference(string.Empty) { DigestMethod = SignedXml.XmlDsigSHA256Url };
        reference.AddTransform(new XmlDsigEnvelopedSignatureTransform());
        reference.AddTransform(new XmlDsigExcC14NTransform());
        signed.AddReference(reference);
        var info = new KeyInfo();
        info.AddClause(new KeyInfoX509Data(certificate));
        signed.KeyInfo = info;
        signed.ComputeSignature();
        var holder = doc.DocumentElement!["CHUKYDONVI"] ?? doc.DocumentElement.AppendChild(doc.CreateElement("CHUKYDONVI"))!;
        holder.AppendChild(doc.ImportNode(signed.GetXml(), true));
        using var output = new MemoryStream();
        using (var w = XmlWriter.Create(output, Core.Bhyt.ClaimXml.WriterSettings))
        {
            doc.Save(w);
        }

        return output.ToArray();
    }

    /// <summary>Verifies the signature inside CHUKYDONVI against the certificate it carries.</summary>
    public static bool Verify(byte[] envelope)
    {
        var doc = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        using (var ms = new MemoryStream(envelope))
        {
            doc.Load(ms);
        }

        if (doc.GetElementsByTagName("Signature", SignedXml.XmlDsigNamespaceUrl) is not { Count: 1 } nodes)
        {
            return false;
        }

        var signed = new SignedXml(doc);
        signed.LoadXml((XmlElement)nodes[0]!);
        return signed.CheckSignature();
    }

    /// <summary>A self-signed certificate for tests and the demo (never for production).</summary>
    public static X509Certificate2 SelfSigned(DateTimeOffset now, string subject = "CN=CoSo demo facility")
    {
        using var rsa = RSA.Create(2048);
        var req = new CertificateRequest(subject, rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return req.CreateSelfSigned(now.AddDays(-1), now.AddYears(1));
    }
}
