namespace CoSo.Data.Audit;

/// <summary>Residents' ids as consecutive 16-byte blocks (SQLite's form of <c>audit_reads.person_ids</c>).</summary>
public static class PackedIds
{
    public static byte[] Pack(Guid[] ids)
    {
        var bytes = new byte[ids.Length * 16];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i].TryWriteBytes(bytes.AsSpan(i * 16, 16));
        }

        return bytes;
    }

    public static Guid[] Unpack(byte[] bytes)
    {
        var ids = new Guid[bytes.Length / 16];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = new Guid(bytes.AsSpan(i * 16, 16));
        }

        return ids;
    }
}
