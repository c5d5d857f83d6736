namespace CoSo.Core.Common;

/// <summary>A CSV file read as header + rows addressed by column name.</summary>
public static class CsvTable
{
    public static IEnumerable<(long Line, Dictionary<string, string> Values)> Read(string path)
    {
        using var reader = CsvStreamReader.Open(path);
        var header = reader.ReadRow()?.Fields ?? throw new InvalidDataException($"{path} is empty.");
        foreach (var row in reader.ReadAll())
        {
            var values = new Dictionary<string, string>(header.Count, StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++)
            {
                values[header[i]] = i < row.Fields.Count ? row.Fields[i] : string.Empty;
            }

            yield return (row.LineNumber, values);
        }
    }
}
