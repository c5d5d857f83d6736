using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace CoSo.Core.Bhyt;

/// <summary>
/// The GIAMDINHHS envelope exactly as bhyt-xml-notes.md §2 describes it: THONGTINDONVI/MACSKCB,
/// THONGTINHOSO/NGAYLAP + SOLUONGHOSO + DANHSACHHOSO/HOSO/FILEHOSO(LOAIHOSO, NOIDUNGFILE), then CHUKYDONVI. Each
/// NOIDUNGFILE is the standard base64 of one UTF-8 inner document (declared "utf-8": a .NET StringWriter would
/// declare utf-16, which the gateway refuses). Every field of the appendix is written, in its order, empty when
/// there is no value.
/// </summary>
public static class ClaimXml
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static XmlWriterSettings WriterSettings { get; } = new() { Encoding = Utf8, Indent = false, OmitXmlDeclaration = false };

    /// <summary>One inner table (XML1, XML2…) as UTF-8 bytes.</summary>
    public static byte[] Inner(ClaimSpec spec, string table, IReadOnlyList<ClaimRecord> rows)
    {
        using var ms = new MemoryStream();
        using (var w = XmlWriter.Create(ms, WriterSettings))
        {
            var (root, list, item) = ClaimTables.ElementsOf(table);
            w.WriteStartDocument();
            w.WriteStartElement(root);
            if (list is not null)
            {
                w.WriteStartElement(list);
            }

            foreach (var r in rows)
            {
                if (item is not null)
                {
                    w.WriteStartElement(item);
                }

                var fields = spec.Fields(table);
                foreach (var name in fields.Count > 0 ? fields.Select(f => f.Name) : r.Fields)
                {
                    w.WriteElementString(name, r[name]);
                }

                if (item is not null)
                {
                    w.WriteEndElement();
                }
            }

            if (list is not null)
            {
                w.WriteEndElement();
            }

            w.WriteEndElement();
            w.WriteEndDocument();
        }

        return ms.ToArray();
    }

    /// <summary>Streams an envelope of <paramref name="count"/> HOSO to <paramref name="output"/> (a month's batch never sits in memory).</summary>
    public static void WriteEnvelope(Stream output, ClaimSpec spec, string maCskcb, DateOnly createdOn, int count, IEnumerable<ClaimDocument> documents)
    {
        using var w = XmlWriter.Create(output, WriterSettings);
        StartEnvelope(w, maCskcb, createdOn, count);
        foreach (var doc in documents)
        {
            w.WriteStartElement("HOSO");
            foreach (var table in ClaimTables.Written.Where(doc.Tables.ContainsKey))
            {
                w.WriteStartElement("FILEHOSO");
                w.WriteElementString("LOAIHOSO", table);
                w.WriteElementString("NOIDUNGFILE", Convert.ToBase64String(Inner(spec, table, doc.Rows(table))));
                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        EndEnvelope(w);
    }

    /// <summary>The envelope up to DANHSACHHOSO (then HOSO elements, then <see cref="EndEnvelope"/>).</summary>
    public static void StartEnvelope(XmlWriter w, string maCskcb, DateOnly createdOn, int count)
    {
        w.WriteStartDocument();
        w.WriteStartElement("GIAMDINHHS");
        w.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
        w.WriteAttributeString("xmlns", "xsd", null, "http://www.w3.org/2001/XMLSchema");
        w.WriteStartElement("THONGTINDONVI");
        w.WriteElementString("MACSKCB", maCskcb);
        w.WriteEndElement();
        w.WriteStartElement("THONGTINHOSO");
        w.WriteElementString("NGAYLAP", ClaimFormat.Date(createdOn));
        w.WriteElementString("SOLUONGHOSO", count.ToString(CultureInfo.InvariantCulture));
        w.WriteStartElement("DANHSACHHOSO");
    }

    public static void EndEnvelope(XmlWriter w)
    {
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteStartElement("CHUKYDONVI");
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    /// <summary>The HOSO element of a one-visit envelope, as written (to copy it into a batch unchanged).</summary>
    public static string HosoOf(string envelope)
    {
        var start = envelope.IndexOf("<HOSO>", StringComparison.Ordinal);
        var end = envelope.LastIndexOf("</HOSO>", StringComparison.Ordinal);
        return start < 0 || end < start ? string.Empty : envelope[start..(end + "</HOSO>".Length)];
    }

    public static byte[] Envelope(ClaimSpec spec, string maCskcb, DateOnly createdOn, IReadOnlyList<ClaimDocument> documents)
    {
        using var ms = new MemoryStream();
        WriteEnvelope(ms, spec, maCskcb, createdOn, documents.Count, documents);
        return ms.ToArray();
    }

    /// <summary>The check-in record (XML0) as its own document, for the check-in API.</summary>
    public static byte[] CheckIn(ClaimSpec spec, ClaimRecord checkIn) => Inner(spec, ClaimTables.CheckIn, [checkIn]);

    /// <summary>Reads an envelope (ours or another program's); structure faults are findings, not exceptions.</summary>
    public static ClaimFile Read(Stream input, string fileName = "")
    {
        var structure = new List<ClaimViolation>();
        XDocument env;
        try
        {
            env = XDocument.Load(input, LoadOptions.None);
        }
        catch (XmlException e)
        {
            structure.Add(new(string.Empty, "GIAMDINHHS", 0, fileName, "bhyt.check.xml", e.Message));
            return new ClaimFile(string.Empty, string.Empty, 0, [], structure, false);
        }

        if (env.Declaration?.Encoding is { } enc && !string.Equals(enc, "utf-8", StringComparison.OrdinalIgnoreCase))
        {
            structure.Add(new(string.Empty, "GIAMDINHHS", 0, "encoding", "bhyt.check.encoding", enc));
        }

        var root = env.Root!;
        if (root.Name.LocalName != "GIAMDINHHS")
        {
            structure.Add(new(string.Empty, root.Name.LocalName, 0, root.Name.LocalName, "bhyt.check.root", "GIAMDINHHS"));
        }

        var maCskcb = root.Element("THONGTINDONVI")?.Element("MACSKCB")?.Value ?? string.Empty;
        var info = root.Element("THONGTINHOSO");
        var ngayLap = info?.Element("NGAYLAP")?.Value ?? string.Empty;
        if (maCskcb.Length == 0)
        {
            structure.Add(new(string.Empty, "GIAMDINHHS", 0, "MACSKCB", "bhyt.check.required"));
        }

        if (!ClaimFormat.TryDate(ngayLap, out _))
        {
            structure.Add(new(string.Empty, "GIAMDINHHS", 0, "NGAYLAP", "bhyt.check.date"));
        }

        var declared = int.TryParse(info?.Element("SOLUONGHOSO")?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;
        var documents = new List<ClaimDocument>();
        foreach (var hoso in info?.Element("DANHSACHHOSO")?.Elements("HOSO") ?? [])
        {
            documents.Add(ReadHoso(hoso, documents.Count + 1, structure));
        }

        if (declared != documents.Count)
        {
            structure.Add(new(string.Empty, "GIAMDINHHS", 0, "SOLUONGHOSO", "bhyt.check.count", documents.Count));
        }

        foreach (var doc in documents.Where(d => d.Summary["MA_CSKCB"] is { Length: > 0 } code && code != maCskcb))
        {
            structure.Add(new(doc.MaLk, ClaimTables.Xml1, 1, "MA_CSKCB", "bhyt.check.facility", maCskcb));
        }

        var signature = root.Element("CHUKYDONVI");
        return new ClaimFile(maCskcb, ngayLap, declared, documents, structure, signature is not null && signature.HasElements);
    }

    private static ClaimDocument ReadHoso(XElement hoso, int position, List<ClaimViolation> structure)
    {
        var doc = new ClaimDocument();
        var label = $"HOSO {position.ToString(CultureInfo.InvariantCulture)}";
        foreach (var file in hoso.Elements("FILEHOSO"))
        {
            var table = file.Element("LOAIHOSO")?.Value.Trim() ?? string.Empty;
            if (!ClaimTables.IsKnown(table))
            {
                structure.Add(new(label, table, 0, "LOAIHOSO", "bhyt.check.unknownTable", table));
                continue;
            }

            byte[] bytes;
            try
            {
                bytes = Convert.FromBase64String(file.Element("NOIDUNGFILE")?.Value.Trim() ?? string.Empty);
            }
            catch (FormatException)
            {
                structure.Add(new(label, table, 0, "NOIDUNGFILE", "bhyt.check.base64"));
                continue;
            }

            if (DeclaredEncoding(bytes) is { } declared && !string.Equals(declared, "utf-8", StringComparison.OrdinalIgnoreCase))
            {
                structure.Add(new(label, table, 0, "NOIDUNGFILE", "bhyt.check.encoding", declared));
                continue;
            }

            XDocument inner;
            try
            {
                using var ms = new MemoryStream(bytes);
                inner = XDocument.Load(ms);
            }
            catch (XmlException e)
            {
                structure.Add(new(label, table, 0, "NOIDUNGFILE", "bhyt.check.xml", e.Message));
                continue;
            }

            var (root, list, item) = ClaimTables.ElementsOf(table);
            if (inner.Root!.Name.LocalName != root)
            {
                structure.Add(new(label, table, 0, inner.Root.Name.LocalName, "bhyt.check.root", root));
                continue;
            }

            var records = list is null ? [inner.Root] : inner.Root.Element(list)?.Elements(item!) ?? [];
            var rows = doc.Add(table);
            foreach (var rec in records)
            {
                var r = new ClaimRecord();
                foreach (var field in rec.Elements())
                {
                    r[field.Name.LocalName] = field.Value;
                }

                rows.Add(r);
            }
        }

        return doc;
    }

    /// <summary>The encoding an XML declaration names, read from the bytes before any parser sees them (a utf-16
    /// declaration over UTF-8 bytes is the common fault, and a parser only reports it as unreadable).</summary>
    private static string? DeclaredEncoding(byte[] bytes)
    {
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 100));
        var at = head.IndexOf("encoding=", StringComparison.Ordinal);
        if (!head.StartsWith("<?xml", StringComparison.Ordinal) || at < 0 || at + 10 >= head.Length)
        {
            return null;
        }

        var quote = head[at + 9];
        var end = head.IndexOf(quote, at + 10);
        return end < 0 ? null : head[(at + 10)..end];
    }
}
