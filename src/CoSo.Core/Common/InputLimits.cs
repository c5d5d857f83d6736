namespace CoSo.Core.Common;

/// <summary>
/// Size limits of what a user can type into one record (docs/security.md, "Input limits and exports"). They bound the
/// database, the exports and the care card a clinician has to read; the probe stored a note of 1,000,000 characters and
/// a visit with 5,000 prescription lines (security finding B14).
/// </summary>
public static class InputLimits
{
    /// <summary>Free text: a note, a reason, a description, an address line of a case.</summary>
    public const int NoteChars = 4_000;

    /// <summary>Prescription lines of one visit (a station's prescription form has room for far fewer).</summary>
    public const int PrescriptionLines = 30;

    /// <summary>Adds "tooLong" when <paramref name="text"/> is longer than <paramref name="max"/> characters.</summary>
    public static void CheckText(ValidationErrors errors, string field, string? text, int max = NoteChars)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (text is not null && text.Length > max)
        {
            errors.Add(field, "tooLong", max);
        }
    }
}
