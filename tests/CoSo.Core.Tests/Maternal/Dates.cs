using System.Globalization;

namespace CoSo.Core.Tests.Maternal;

internal static class Dates
{
    /// <summary>A date written as on a Vietnamese card, dd/MM/yyyy.</summary>
    public static DateOnly D(string ddMMyyyy) => DateOnly.ParseExact(ddMMyyyy, "dd/MM/yyyy", CultureInfo.InvariantCulture);
}
