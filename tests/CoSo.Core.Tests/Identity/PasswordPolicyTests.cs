using CoSo.Core.Common;
using CoSo.Core.Identity;

namespace CoSo.Core.Tests.Identity;

// NIST SP 800-63B §5.1.1.2: a length minimum (here 12) and a check against commonly used passwords; no composition rules.
public sealed class PasswordPolicyTests
{
    [Theory]
    [InlineData("CoSo@2026", "password.weak")]            // the demo password: 9 characters
    [InlineData("Passw0rd!x", "password.weak")]           // the probe's password: 10
    [InlineData("qwerty123456", "password.common")]       // on the list as it is
    [InlineData("1q2w3e4r5t6y", "password.common")]
    [InlineData("Password2026!", "password.common")]      // a listed word with digits and a symbol added
    [InlineData("anhyeuem123456", "password.common")]     // a Vietnamese favourite with digits
    [InlineData("aaaaaaaaaaaaaa", "password.common")]     // two characters or fewer
    [InlineData("ababababababab", "password.common")]
    [InlineData("bacsilan2026vui", "password.common")]    // contains the user name "bacsilan"
    public void Weak_passwords_are_refused_with_a_field_error(string password, string code)
    {
        var errors = new ValidationErrors();
        PasswordPolicy.Check(errors, "password", password, "bacsilan");
        Assert.Equal([("password", code)], errors.Errors.Select(e => (e.Field, e.Code)));
    }

    [Theory]
    [InlineData("mot cum tu rat dai de nho")]
    [InlineData("Trạm y tế xã Đông Sơn 2026")]
    [InlineData("correct horse battery staple")]
    public void Long_uncommon_phrases_pass_without_composition_rules(string password)
    {
        var errors = new ValidationErrors();
        PasswordPolicy.Check(errors, "password", password, "bacsilan");
        Assert.True(errors.IsValid);
    }
}
