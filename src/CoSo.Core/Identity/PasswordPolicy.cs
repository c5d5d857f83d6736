using System.Reflection;
using CoSo.Core.Common;

namespace CoSo.Core.Identity;

/// <summary>
/// The password rule for every account a person chooses a password for (CLI, administration; not the demo seed):
/// at least <see cref="MinLength"/> characters, not a common password, not the user name. NIST SP 800-63B §5.1.1.2 asks
/// for a length minimum and a check "against a list that contains values known to be commonly-used, expected, or
/// compromised", and no composition rules — so none are imposed. The list is data (data/identity/common-passwords.txt,
/// source in data/SOURCES.md); a password is also refused when it is a listed word with digits or symbols added around
/// it ("password2026!", "anhyeuem123456").
/// </summary>
public static class PasswordPolicy
{
    public const int MinLength = 12;

    private static readonly Lazy<HashSet<string>> Common = new(Load);

    /// <summary>Field errors for <paramref name="password"/> on field <paramref name="field"/> (empty when it passes).</summary>
    public static void Check(ValidationErrors errors, string field, string password, string userName)
    {
        ArgumentNullException.ThrowIfNull(errors);
        password ??= string.Empty;
        if (password.Length < MinLength)
        {
            errors.Add(field, "password.weak", MinLength);
            return;
        }

        if (IsCommon(password) || (userName.Trim().Length >= 3 && password.Contains(userName.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            errors.Add(field, "password.common");
        }
    }

    /// <summary>True when the password, or its core without leading/trailing digits and symbols, is on the list.</summary>
    public static bool IsCommon(string password)
    {
        var lower = password.Trim().ToLowerInvariant();
        if (Common.Value.Contains(lower) || lower.Distinct().Count() <= 2)
        {
            return true;
        }

        var core = lower.Trim("0123456789!@#$%^&*()_-+=.,;:?/\\|~`'\" ".ToCharArray());
        return core.Length >= 4 && Common.Value.Contains(core);
    }

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("CoSo.Core.Identity.common-passwords.txt")
            ?? throw new InvalidOperationException("common-passwords.txt is not embedded");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                set.Add(line);
            }
        }

        return set;
    }
}
