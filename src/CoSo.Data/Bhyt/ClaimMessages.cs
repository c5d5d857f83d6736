using System.Globalization;
using CoSo.Core.Common;

namespace CoSo.Data.Bhyt;

/// <summary>The text of a held claim's reason ("bhyt.held.noPrice:TYT.KB" carries its argument after the colon).</summary>
public static class ClaimMessages
{
    public static string Held(string reason, CultureInfo culture)
    {
        var at = reason.IndexOf(':', StringComparison.Ordinal);
        return at < 0 ? Messages.Get(reason, culture) : Messages.Get(reason[..at], culture, reason[(at + 1)..]);
    }
}
