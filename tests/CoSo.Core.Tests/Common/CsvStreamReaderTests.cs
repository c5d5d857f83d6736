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

    /// <summary>
    /// The buffered reader against the first, character-at-a-time one on random text made of the characters that
    /// matter (separators, quotes, CR, LF, letters), with buffers from 1 character up, so that every state meets a
    /// block boundary.
    /// </summary>
    [Fact]
    public void Buffered_reader_reads_random_text_exactly_like_the_reference_reader()
    {
        var random = new Random(20261122);
        var alphabet = new[] { 'a', 'b', ',', ',', '"', '"', '\r', '\n', '\n', 'ư', ' ' };
        for (var sample = 0; sample < 3_000; sample++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 60)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            using var reference = new ReferenceCsvReader(new StringReader(text));
            var expected = reference.ReadAll().Select(r => (r.LineNumber, string.Join("\u0001", r.Fields))).ToList();
            foreach (var size in new[] { 1, 2, 3, 7, 1 << 16 })
            {
                using var reader = new CsvStreamReader(new StringReader(text), ',', size);
                var actual = reader.ReadAll().Select(r => (r.LineNumber, string.Join("\u0001", r.Fields))).ToList();
                Assert.True(expected.SequenceEqual(actual), $"text {System.Text.Json.JsonSerializer.Serialize(text)}, buffer {size}");
            }
        }
    }
}
