using CoSo.Core.Common;

namespace CoSo.Core.Tests.Common;

public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("Đặng Thị Ánh", "dang thi anh")]
    [InlineData("Nguyễn Văn An", "nguyen van an")]
    [InlineData("  NGUYỄN   văn  AN ", "nguyen van an")]
    [InlineData("Trần Thị Thuỷ", "tran thi thuy")]
    [InlineData("Lê Đức Ưng", "le duc ung")]
    public void Fold_removes_diacritics_lowercases_and_maps_d_stroke(string input, string expected)
    {
        Assert.Equal(expected, TextFolding.Fold(input));
    }

    [Fact]
    public void Fold_treats_decomposed_and_composed_input_alike()
    {
        var composed = "Ánh";
        var decomposed = composed.Normalize(System.Text.NormalizationForm.FormD);
        Assert.NotEqual(composed, decomposed);
        Assert.Equal(TextFolding.Fold(composed), TextFolding.Fold(decomposed));
    }

    [Fact]
    public void Nfc_composes_decomposed_names()
    {
        var decomposed = "Đặng Thị Ánh".Normalize(System.Text.NormalizationForm.FormD);
        Assert.Equal("Đặng Thị Ánh", TextFolding.Nfc(decomposed));
        Assert.Equal(12, TextFolding.Nfc(decomposed).Length);
    }

    /// <summary>The table-driven fold against its definition, on every character it covers and around it.</summary>
    [Fact]
    public void Fast_fold_equals_the_definition_for_every_character_and_for_mixed_text()
    {
        for (var i = 1; i < 0x2100; i++)
        {
            var ch = (char)i;
            if (char.IsSurrogate(ch))
            {
                continue;
            }

            var text = "Ả" + ch + " x" + ch;
            Assert.True(TextFolding.FoldSlow(text) == TextFolding.Fold(text), $"U+{i:X4}");
        }

        var random = new Random(7);
        var pool = "ĐặngThịÁnhƯỡĩọ  \t\u00A0\u0301\u0323Ǖǖøß한ア".ToCharArray();
        for (var sample = 0; sample < 5_000; sample++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 300)).Select(_ => pool[random.Next(pool.Length)]).ToArray());
            Assert.Equal(TextFolding.FoldSlow(text), TextFolding.Fold(text));
        }
    }

    /// <summary>The shortcut that skips ICU must only ever accept text that NFC leaves unchanged.</summary>
    [Fact]
    public void Text_taken_as_plainly_composed_is_exactly_what_nfc_returns()
    {
        var accepted = 0;
        for (var i = 1; i < 0x2000; i++)
        {
            var ch = (char)i;
            if (char.IsSurrogate(ch) || !TextFolding.IsPlainlyComposed([ch]))
            {
                continue;
            }

            accepted++;
            foreach (var text in new[] { ch.ToString(), "a" + ch, ch + "A", "Ư" + ch + "ệ" })
            {
                Assert.True(TextFolding.IsPlainlyComposed(text), $"U+{i:X4}");
                Assert.True(text.Normalize(System.Text.NormalizationForm.FormC) == text, $"U+{i:X4} in {text}");
            }
        }

        Assert.Equal(0x300 - 1 + 0x100, accepted);
        Assert.False(TextFolding.IsPlainlyComposed("A\u0301"));
        Assert.Equal("Á", TextFolding.Nfc(" A\u0301 "));
    }
}
