using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Text;
using System.Xml;
using CoSo.Core.Bhyt;
using CoSo.Core.People;
using CoSo.Data.Bhyt;
using CoSo.Data.Common;

namespace CoSo.IntegrationTests.Bhyt;

// Issue 15 item 4: the facility signature (CHUKYDONVI) of a GIAMDINHHS envelope, signed with a certificate made in
// the test, verifies with SignedXml.CheckSignature against that certificate; any change to the signed file — a money
// figure inside the base64 table, the file's facility code — and a signature by another key fail. No database.
public sealed class ClaimSignerTests
{
    private static readonly BhytReferenceData Data = BhytReferenceData.Load(DataFiles.Root);

    private static byte[] Envelope()
    {
        var day = new DateOnly(2026, 11, 10);
        var exam = Data.Prices.On("TYT.KB", day)!;
        var arrived = new DateTime(2026, 11, 10, 8, 0, 0);
        var build = ClaimBuilder.Build(new ClaimInput
        {
            MaLk = "38123-0001", MaCskcb = "38123", HeadNumber = "3812345678", PatientId = "P1", FullName = "Lê Thị Hoa", BirthDate = new DateOnly(1961, 3, 4),
            BirthYear = 1961, Sex = Sex.Female, EthnicityCode = "01", Address = "Thôn 1", ProvinceCode = "38", CommuneCode = "14797", CardNumber = "HT3383812345678",
            CardFacility = "38123", CardFrom = new DateOnly(2026, 1, 1), CardTo = new DateOnly(2026, 12, 31), Covered = true, Category = "1.2", BenefitPercent = 100,
            ArrivedAt = arrived, EndedAt = arrived.AddMinutes(20), VisitDate = day, MainCode = "I10", MainName = "Tăng huyết áp", WeightKg = 58, ClinicianCode = "(bacsi)",
            Services = [new ClaimServiceLine(exam, 1, 100, arrived, null, null, null)],
        });
        Assert.NotNull(build.Document);
        return ClaimXml.Envelope(Data.Spec, "38123", day, [build.Document]);
    }

    private static XmlDocument Load(byte[] bytes)
    {
        var doc = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        using var ms = new MemoryStream(bytes);
        doc.Load(ms);
        return doc;
    }

    private static bool Check(byte[] bytes, X509Certificate2 certificate)
    {
        var doc = Load(bytes);
        var nodes = doc.GetElementsByTagName("Signature", SignedXml.XmlDsigNamespaceUrl);
        Assert.Equal(1, nodes.Count);
        var signed = new SignedXml(doc);
        signed.LoadXml((XmlElement)nodes[0]!);
        return signed.CheckSignature(certificate, verifySignatureOnly: true);
    }

    [Fact]
    public void A_signed_envelope_verifies_and_any_change_to_it_fails()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Trạm Y tế thử, O=CoSo test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        var unsigned = Envelope();
        var signed = ClaimSigner.Sign(unsigned, certificate);

        // The signature sits in CHUKYDONVI, RSA-SHA256 over the whole document, with the certificate in KeyInfo.
        var doc = Load(signed);
        var holder = doc.DocumentElement!["CHUKYDONVI"]!;
        var signature = Assert.IsType<XmlElement>(holder.FirstChild);
        Assert.Equal("Signature", signature.LocalName);
        Assert.Contains(SignedXml.XmlDsigRSASHA256Url, signature.OuterXml, StringComparison.Ordinal);
        Assert.True(Check(signed, certificate));
        Assert.True(ClaimSigner.Verify(signed));
        // The claim inside is unchanged by signing: the reader gets the same visit back.
        Assert.Equal("38123-0001", ClaimXml.Read(new MemoryStream(signed)).Documents.Single().MaLk);

        // A money figure changed inside XML1 (the base64 of its table) breaks the signature.
        var tampered = Load(signed);
        var content = (XmlElement)tampered.GetElementsByTagName("NOIDUNGFILE")[0]!;
        var xml1 = Encoding.UTF8.GetString(Convert.FromBase64String(content.InnerText));
        Assert.Contains("<T_BHTT>32000</T_BHTT>", xml1, StringComparison.Ordinal);
        content.InnerText = Convert.ToBase64String(Encoding.UTF8.GetBytes(xml1.Replace("<T_BHTT>32000</T_BHTT>", "<T_BHTT>92000</T_BHTT>", StringComparison.Ordinal)));
        var tamperedBytes = Save(tampered);
        Assert.False(Check(tamperedBytes, certificate));
        Assert.False(ClaimSigner.Verify(tamperedBytes));

        // So does a change to the envelope's own fields.
        var text = Encoding.UTF8.GetString(signed);
        Assert.Contains("<MACSKCB>38123</MACSKCB>", text, StringComparison.Ordinal);
        var otherFacility = Encoding.UTF8.GetBytes(text.Replace("<MACSKCB>38123</MACSKCB>", "<MACSKCB>38124</MACSKCB>", StringComparison.Ordinal));
        Assert.False(Check(otherFacility, certificate));

        // And the signature does not verify with another facility's key.
        using var other = ClaimSigner.SelfSigned(DateTimeOffset.UtcNow, "CN=Another facility");
        Assert.False(Check(signed, other));

        // Without a certificate configured the envelope is left as made, CHUKYDONVI empty.
        var signer = new ClaimSigner(new BhytOptions(Path.GetTempPath(), null, null));
        Assert.False(signer.Configured);
        Assert.Equal(unsigned, signer.Sign(unsigned));
        Assert.Equal(0, Load(unsigned).GetElementsByTagName("Signature", SignedXml.XmlDsigNamespaceUrl).Count);
    }

    private static byte[] Save(XmlDocument doc)
    {
        using var ms = new MemoryStream();
        using (var w = XmlWriter.Create(ms, ClaimXml.WriterSettings))
        {
            doc.Save(w);
        }

        return ms.ToArray();
    }
}
