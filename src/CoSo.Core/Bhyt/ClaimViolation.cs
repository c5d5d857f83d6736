using System.Globalization;
using CoSo.Core.Common;

namespace CoSo.Core.Bhyt;

/// <summary>One finding of the pre-submission check: which visit (MA_LK), table, row (1-based; 0 for the file or
/// the envelope), field, and the message code (Messages: "bhyt.check.*") with its arguments.</summary>
public sealed record ClaimViolation(string MaLk, string Table, int Row, string Field, string Code, params object[] Args)
{
    public string Message(CultureInfo culture) => Messages.Get(Code, culture, Args);

    /// <summary>"XML2 dòng 3, THANH_TIEN_BH: …" as the gateway phrases it.</summary>
    public string Where => Row > 0 && Table is not (ClaimTables.Xml1 or ClaimTables.Xml13 or ClaimTables.Xml14) ? $"{Table} #{Row}, {Field}" : $"{Table}, {Field}";
}
