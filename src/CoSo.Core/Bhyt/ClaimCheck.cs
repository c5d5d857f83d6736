namespace CoSo.Core.Bhyt;

/// <summary>
/// The pre-submission check: every rule of the official checking sheet that can be checked before sending
/// (docs/bhyt-claims.md lists them), on claims made by CoSo or read from another program's file. Runs when a claim is
/// made and again before a batch is sent; each finding names the visit, the table, the row and the field.
/// </summary>
public static class ClaimCheck
{
    public static List<ClaimViolation> Check(ClaimCheckContext ctx, IEnumerable<ClaimDocument> documents)
    {
        var found = new List<ClaimViolation>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var doc in documents)
        {
            if (doc.MaLk.Length > 0 && !seen.Add(doc.MaLk))
            {
                found.Add(new(doc.MaLk, ClaimTables.Xml1, 1, "MA_LK", "bhyt.check.duplicate"));
            }

            found.AddRange(Check(ctx, doc));
        }

        return found;
    }

    public static List<ClaimViolation> Check(ClaimCheckContext ctx, ClaimDocument doc, ClaimRecord? checkIn = null)
    {
        var found = new List<ClaimViolation>();
        var maLk = doc.MaLk;
        if (doc.Rows(ClaimTables.Xml1).Count != 1)
        {
            found.Add(new(maLk, ClaimTables.Xml1, 0, "TONG_HOP", "bhyt.check.summary"));
        }

        // Lists and lengths in force on the visit's arrival (or end); without either (a finding of its own), the latest.
        var on = ClaimFormat.TryTime(doc.Summary["NGAY_VAO"], out var vao) || ClaimFormat.TryTime(doc.Summary["NGAY_RA"], out vao)
            ? DateOnly.FromDateTime(vao)
            : DateOnly.MaxValue;
        foreach (var (table, rows) in doc.Tables)
        {
            for (var i = 0; i < rows.Count; i++)
            {
                ClaimFieldCheck.Check(ctx, maLk, table, i + 1, rows[i], on, found);
            }
        }

        if (checkIn is not null)
        {
            ClaimFieldCheck.Check(ctx, maLk, ClaimTables.CheckIn, 1, checkIn, on, found);
        }

        ClaimRuleCheck.Check(ctx, doc, found);
        ClaimMoneyCheck.Check(doc, found);
        return found;
    }
}
