namespace CoSo.Data;

public enum DatabaseProvider
{
    Sqlite = 1,
    PostgreSql = 2,
}
