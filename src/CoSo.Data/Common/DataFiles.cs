namespace CoSo.Data.Common;

/// <summary>Finds the reference data shipped in data/ (copied next to the binaries at build time).</summary>
public static class DataFiles
{
    public static string Root
    {
        get
        {
            var env = Environment.GetEnvironmentVariable("COSO_DATA_DIR");
            if (!string.IsNullOrEmpty(env))
            {
                return env;
            }

            return Path.Combine(AppContext.BaseDirectory, "data");
        }
    }

    public static string PathOf(string relative) => Path.Combine(Root, relative);
}
