using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Benchmarks;

/// <summary>Member 360 on a large SQLite database: searches, the member page, and keyset pages deep in a history.</summary>
[MemoryDiagnoser]
public class MemberQueryBenchmarks
{
    private ServiceProvider _services = null!;
    private AsyncServiceScope _scope;
    private MemberQueries _queries = null!;
    private long _memberId;
    private string _phone = "";
    private string _cardNumber = "";
    private TransactionCursor? _deepCursor;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var folder = Environment.GetEnvironmentVariable("BACKOFFICE_BENCH_DATA") ?? "/tmp/bigdata";
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddHttpContextAccessor();
        services.AddSingleton(TimeProvider.System);
        services.AddBackOfficeDatabase(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, DataFolder = folder });
        services.AddNumberProtection(NumberProtectionOptions.Development()); // development-only keys
        services.AddStaffIdentity(TimeSpan.FromSeconds(30));
        services.AddPortalModules(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        services.AddScoped<CurrentActor, BenchActor>();
        _services = services.BuildServiceProvider();
        _scope = _services.CreateAsyncScope();
        _queries = _scope.ServiceProvider.GetRequiredService<MemberQueries>();

        await using var db = await _scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        // The member with the longest history, somewhere in the middle of the table.
        _memberId = await db.Postings.GroupBy(p => p.Account!.MemberId).OrderByDescending(g => g.Count()).Select(g => g.Key!.Value).FirstAsync();
        var member = await db.Members.Include(m => m.Cards).SingleAsync(m => m.Id == _memberId);
        _phone = member.Phone;
        _cardNumber = _scope.ServiceProvider.GetRequiredService<NumberKeyRing>().RevealNumber(member.Cards[0]);
        var page = await _queries.GetTransactionsAsync(_memberId, new TransactionFilter(), null, 10);
        _deepCursor = page.Next;
        for (var i = 0; i < 2 && _deepCursor is not null; i++)
            _deepCursor = (await _queries.GetTransactionsAsync(_memberId, new TransactionFilter(), _deepCursor, 10)).Next;
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _scope.DisposeAsync();
        await _services.DisposeAsync();
    }

    [Benchmark]
    public Task<MemberSearchPage> SearchByPhone() =>
        _queries.SearchAsync(new MemberSearchCriteria(MemberSearchKind.Phone, _phone), 0, 20);

    [Benchmark]
    public Task<MemberSearchPage> SearchByCardNumber() =>
        _queries.SearchAsync(new MemberSearchCriteria(MemberSearchKind.CardNumber, _cardNumber), 0, 20);

    [Benchmark]
    public Task<MemberSearchPage> SearchByCommonNameFirstPage() =>
        _queries.SearchAsync(new MemberSearchCriteria(MemberSearchKind.Name, "김민준"), 0, 20);

    [Benchmark]
    public Task<MemberDetail?> MemberPage() => _queries.GetAsync(_memberId);

    [Benchmark]
    public Task<TransactionPage> FirstTransactionPage() =>
        _queries.GetTransactionsAsync(_memberId, new TransactionFilter(), null, 20);

    [Benchmark]
    public Task<TransactionPage> DeepTransactionPage() =>
        _queries.GetTransactionsAsync(_memberId, new TransactionFilter(), _deepCursor, 20);

    private sealed class BenchActor() : CurrentActor(null!)
    {
        public override Task<Actor> GetAsync() => Task.FromResult(new Actor("bench", "벤치마크", new HashSet<string> { StaffRoles.Agent }));
    }
}
