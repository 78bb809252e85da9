using BackOffice.Benchmarks;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// Usage: dotnet run -c Release --project bench/BackOffice.Benchmarks -- --filter '*'
// Member 360 benchmarks read a database made with:
//   dotnet run --project src/BackOffice.Web -- seed-demo --members 100000 --Database:DataFolder=/tmp/bigdata
// and point BACKOFFICE_BENCH_DATA at that folder (default /tmp/bigdata).
// In-process and short: BenchmarkDotNet's generated project would miss the ASP.NET Core framework reference here.
var config = DefaultConfig.Instance.AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
BenchmarkSwitcher.FromAssembly(typeof(LedgerPostingBenchmarks).Assembly).Run(args, config);
