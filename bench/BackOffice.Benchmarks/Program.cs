using BackOffice.Benchmarks;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// Usage: dotnet run -c Release --project bench/BackOffice.Benchmarks -- --filter '*'
// Member 360 benchmarks read a database made with:
//   dotnet run --project src/BackOffice.Web -- seed-demo --members 100000 --Database:DataFolder=/tmp/bigdata
// and point BACKOFFICE_BENCH_DATA at that folder (default /tmp/bigdata).
// Issue 16 (SearchBenchmarks, MemberPageBenchmarks, QueueBenchmarks, MoneyActionBenchmarks): EF Core beside hand-written
// SQL on SQLite and, when BACKOFFICE_BENCH_POSTGRES holds a connection string, PostgreSQL (BACKOFFICE_BENCH_PROVIDERS
// narrows them); the commands are in docs/benchmarks.md, "Queries: EF beside hand-written SQL".
// In-process and short: BenchmarkDotNet's generated project would miss the ASP.NET Core framework reference here.
// P95 is over the iterations' per-operation means (BenchmarkDotNet times iterations, not single calls): with ShortRun's
// three iterations it is close to the worst; the search goal is stated as a p95.
var config = DefaultConfig.Instance.AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
    .AddColumn(StatisticColumn.P95);
// BACKOFFICE_BENCH_ALLOW_DEBUG=1 runs on a Debug build (provisional figures when a Release build cannot be afforded).
if (Environment.GetEnvironmentVariable("BACKOFFICE_BENCH_ALLOW_DEBUG") == "1")
    config = config.WithOptions(ConfigOptions.DisableOptimizationsValidator);
BenchmarkSwitcher.FromAssembly(typeof(LedgerPostingBenchmarks).Assembly).Run(args, config);
