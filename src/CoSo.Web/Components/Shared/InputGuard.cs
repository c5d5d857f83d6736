using System.Globalization;
using CoSo.Web.Resources;
using Microsoft.Extensions.Localization;

namespace CoSo.Web.Components.Shared;

/// <summary>
/// The fields of one form whose typed text does not read as a value (an ambiguous number, a half-typed date). The
/// form cascades one and refuses to save while any is listed, so nothing is saved in place of what was typed.
/// </summary>
public sealed class InputGuard
{
    private readonly Dictionary<string, string> _invalid = new(StringComparer.Ordinal);

    public bool IsValid => _invalid.Count == 0;

    /// <summary>The labels of the fields to correct, for a message at the save button.</summary>
    public IReadOnlyCollection<string> Labels => _invalid.Values;

    /// <summary>"Sửa các ô còn sai: Ngày sinh, HbA1c (%)." — what a form shows instead of saving.</summary>
    public string Message(IStringLocalizer<Ui> l) => string.Format(CultureInfo.CurrentCulture, l["FixFields"], string.Join(", ", Labels));

    public void Invalid(string name, string? label) => _invalid[name] = label ?? name;

    public void Valid(string name) => _invalid.Remove(name);
}
