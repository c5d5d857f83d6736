using System.Globalization;
using CoSo.Core.Common;

namespace CoSo.Core.People;

/// <summary>
/// Something to check on a saved field that does not block saving (an unusual CCCD country code, a BHYT benefit
/// level that does not match its beneficiary group). <see cref="Message"/> is in the user's language.
/// </summary>
public sealed record FieldWarning(string Field, string Code, object[] Args)
{
    public string Message(CultureInfo culture) => Messages.Get(Code, culture, Args);
}
