using CoSo.Core.Common;

namespace CoSo.Core.Tests.Common;

public sealed class CsvStreamReaderTests
{
    [Fact]
    public void Rows_report_the_physical_line_they_start_on_even_after_a_quoted_line_break()
    {
        var text = "a,b\r\n1,\"x\ny\"\n2,\"he said \"\"hi\"\"\"\n\n3,z";
        using var reader = new CsvStreamReader(new StringReader(text));
        var rows = reader.ReadAll().ToList();
        Assert.Equal([1L, 2L, 4L, 6L], rows.Select(r => r.LineNumber));
        Assert.Equal("x\ny", rows[1].Fields[1]);
        Assert.Equal("he said \"hi\"", rows[2].Fields[1]);
        Assert.Equal(["3", "z"], rows[3].Fields);
    }

    [Fact]
    public void Empty_fields_and_a_trailing_newline_are_kept_right()
    {
        using var reader = new CsvStreamReader(new StringReader("a,,c\n,,\n"));
        var rows = reader.ReadAll().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(["a", "", "c"], rows[0].Fields);
        Assert.Equal(["", "", ""], rows[1].Fields);
    }
}
