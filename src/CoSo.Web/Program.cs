using CoSo.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(CommandLine.Normalize(args));
builder.AddCoSoWeb();

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseCoSoWeb();
await app.RunAsync();

/// <summary>Entry point marker for WebApplicationFactory.</summary>
public partial class Program;
