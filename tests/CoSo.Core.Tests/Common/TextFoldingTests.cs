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
}
