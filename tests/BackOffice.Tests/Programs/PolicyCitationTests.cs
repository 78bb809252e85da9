using System.Text.RegularExpressions;

namespace BackOffice.Tests.Programs;

/// <summary>
/// Issue 11 "done when": every value on the programs page either cites a clause that says exactly that or is marked as the
/// operator's setting ("운영 정책"). The clause texts are embedded below (CI checks out this repository only, not the
/// seeds); <see cref="The_embedded_clause_texts_are_the_seed_texts"/> compares them with the seed files where those exist.
/// </summary>
public partial class PolicyCitationTests
{
    /// <summary>The clause texts the presets cite, verbatim from the seeds (compared without whitespace: the seeds wrap lines).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Clauses = new Dictionary<string, string[]>
    {
        ["000 충전"] = ["카드 당 최대 50만원까지 충전이 가능합니다", "최대 200만원까지 잔액을 보유", "충전일 포함 7일간 카드를 사용하지 않은 경우",
            "충전 취소한 금액은 3일 이내 등록된 계좌로 환불됩니다"],
        ["000 환불"] = ["영업일 기준 3일 이내로 앱에 연결된 계좌로 카드 잔액이 입금됩니다", "수수료 없이 환불이 가능합니다",
            "금액이 추가(충전, 잔액이동, 결제취소로 인한 금액변동)되는 마지막 시점을 기준으로 잔액의 60% 이상을 결제 시",
            "카드 유효기간이 경과하였으나 소멸시효가 완성되지 않은 경우 잔액의 90%까지 환불 받을 수 있습니다"],
        ["000 혜택"] = ["서구내에서의 모든 결제 시 결제 금액의 10%만큼 캐시백 드립니다", "서구외 인천지역의 모든 결제 시 결제 금액의 6%만큼 캐시백 드립니다"],
        ["000 분실"] = ["분실 신고한 카드의 잔액은 자동으로 회원님의 e음머니로 전환되어 안전하게 보관됩니다"],
        ["000 재발급"] = ["훼손카드는 실물카드 수거 후 재발급이 가능합니다", "새로운 정상카드로 발급 후 배송해 드립니다. (영업일 기준 5일 이내 발송)"],
        ["000 발급신청"] = ["신청한 카드는 영업일 기준 3-7일 내에 일반우편으로 배송됩니다"],
        ["000 실물카드"] = ["유효기간 연장 및 유효기간 만료 시 사용이 불가합니다"],
        ["002 충전 취소"] = ["충전일로부터 7일 이내", "예) 1월 1일 충전 → 1월 8일 23:59까지 취소 가능", "소요시간: 즉시 처리"],
        ["002 잔액 환불"] = ["조건: 60% 이상 사용", "권면금액의 60% 이상 사용 | 총 충전액이 아닌 액면가 기준", "소요시간: 영업일 3~5일", "환불받을 본인 명의 계좌를 등록합니다"],
        ["002 환불 불가능한 경우"] = ["유효기간 만료 | 기한 경과 (별도 유효기간 있는 경우) | 불가능"],
        ["003 하나로 제2조"] = ["\"환불접수처\"란 회사의 승인을 받고 하나로카드의 환불 업무를 대행하는 제휴 금융기관 또는 가맹점 등을 말합니다"],
        ["003 하나로 제7조"] = ["하나로카드의 이용한도는 전자금융거래법시행령에서 정한 발행권면 최고한도인 50만원으로 합니다"],
        ["003 하나로 제11조"] = ["천재지변 등의 사유로 가맹점이 재화나 용역을 제공하기가 곤란하여 회원이 이를 사용하지 못하게 된 경우에는 즉 시 잔액을 지급합니다",
            "환불금액 10,000원 단위로 2%(환불 금액이10,000원 미만인 경우 10,000원으로 절상하여 계산)를 차감한 잔액을 즉시 지급하며",
            "불량 카드를 회수하고 접수일로부터 15일 이내에", "최초 사용 후 1년 이내의 고장카드는 새로운 하나로카드로 교체하여 드립니다",
            "제19조에 의거 환불을 허용할 수 없습니다", "정상카드인 경우에는 제2호에 의거 처리하고, 불량카드인 경우에는 제3호에 의거 처리합니다"],
        ["003 캐시비 제8조"] = ["캐시비카드에 충전 할 수 있는 최대금액은 보급형카드는 7만원, 표준형카드는 50만원이며"],
        ["003 캐시비 제9조"] = ["캐시비카드 실물에 저장된 잔액 전부를 지급하며, 잔액이 회사가 정한 환급수수료보다 적은 경우에는 회사에서 지정한 곳으로 직접 방문하셔야 합니다",
            "환급접수처 : 편의점/가판점 등 캐시비 서비스 가맹점", "환급 처리 수수료 : 500원", "캐시비카드의 결함으로 가맹점이 재화 또는 용역을 제공하지 못하는 경우",
            "고장카드는 환급접수처에 캐시비카드 실물을 접수하시면, 접수 후 영업일 기준10일 이내에", "구입 후 2년 이내의 고장카드에 대해 카드 값을 지급합니다",
            "고장카드 중 파손카드의 카드 값은 지급하지 않습니다", "직접 방문 접수 : 접수 후 영업일 기준 10일 이내 고객 계좌로 입금 처리",
            "500원(최대 환불한도2만원, 이상은 환불봉투 또는 직접 방문 접수) - 직접 방문 접수 : 없음",
            "고객의 캐시비카드 분실 또는 도난 시 기 저장된 금액과 카드 값은 지급 받으실 수 없습니다"],
        ["004 제4조"] = ["선불카드의 잔여 유효기한까지 재발급하여 드립니다", "새로운 유효기한이 기재된 동종의 카드", "교체 발급받거나, 전액 환불받을 수 있습니다"],
        ["004 제5조"] = ["최종사용월로부터, 미사용 선불카드의 잔액은 판매월(또는 충전월)로부터 5년이 경과하면 소멸됩니다",
            "5만원 이상의 기명식 선불카드 미사용 잔액을 기부하는 경우 기부하기 1개월 전까지", "30일 이내에 이의를 제기하지 않는 경우에는 기부에 동의한 것으로 간주합니다"],
        ["004 포인트 제5조"] = ["적립일로부터 5년(60개월) 이며", "유효기간이 경과된 포인트는 월단위로 자동 소멸되며 소멸 2개월 전에 회원에게"],
        ["001 §2.1"] = ["개인회원 최소 1,000 C 부터", "법인회원 최소 5,000 C 부터"],
        ["001 §4"] = ["충전한 후 사용하지 않은채 1년 후 소멸 처리", "마지막 사용일로 부터 1년간 사용 이력이 없을 경우 소멸 처리"],
        ["004 제9조"] = ["무기명식 선불카드의 경우 최고 50만원, 기명식 선불카드의 경우 최고 500만원입니다"],
        ["004 제12조"] = ["선불카드 발행 권면금액 또는 충전액의 100분의 60(1만원 이하의 경우 100분의 80) 이상 사용한 경우"],
        ["004 제13조"] = ["분실·도난 신고 당시에 충전되어 있는 금액을 재발급된 카드로 이전하여 드립니다", "분실․도난 신고 접수시점으로부터 60일전",
            "카드 1매당 최고 2만원의 보상처리수수료를 부담하여야 합니다"],
    };

    /// <summary>One cited clause: the key into <see cref="Clauses"/> and the note in parentheses that says what it gives.</summary>
    public sealed record CitedClause(string Key, string Seed, string Article, string Note);

    /// <summary>
    /// "003 하나로 제2조11 (…) · 제11조2 (…)" → [003 하나로 제2조, 003 하나로 제11조]; "000 환불 (…)" → [000 환불]. A part
    /// without a seed number continues the previous part's seed and terms.
    /// </summary>
    public static IReadOnlyList<CitedClause> Parse(string citation)
    {
        var clauses = new List<CitedClause>();
        string? seed = null, terms = null;
        foreach (var part in citation.Split(" · "))
        {
            var m = PartPattern().Match(part.Trim());
            Assert.True(m.Success, $"cannot read the citation part '{part}' of '{citation}'");
            if (m.Groups["seed"].Success) (seed, terms) = (m.Groups["seed"].Value, m.Groups["terms"].Success ? m.Groups["terms"].Value : null);
            Assert.True(seed is not null, $"'{citation}' does not start with a seed number");
            var clause = m.Groups["clause"].Value.Trim();
            var article = ArticlePattern().Match(clause) is { Success: true } a ? a.Value : clause;
            var key = string.Join(' ', new[] { seed, terms, article }.Where(x => x is not null));
            clauses.Add(new CitedClause(key, seed!, article, m.Groups["note"].Value));
        }
        return clauses;
    }

    [GeneratedRegex(@"^(?:(?<seed>\d{3}) (?:(?<terms>하나로|캐시비|포인트) )?)?(?<clause>[^(]+?)\s*(?:\((?<note>.*)\))?$")]
    private static partial Regex PartPattern();

    [GeneratedRegex(@"제\d+조")]
    private static partial Regex ArticlePattern();

    /// <summary>Amounts, shares and periods a note states ("50만원", "10,000원", "2%", "15일", "1년", "24개월").</summary>
    [GeneratedRegex(@"\d[\d,]*(?:만원|원|%|일|년|개월)")]
    private static partial Regex FigurePattern();

    private static string Squeeze(string text) => Regex.Replace(text, @"\s+", "");

    public static TheoryData<string> Presets() => new(ProgramPresets.All().Select(p => p.Program.Code));

    private static ProgramPolicy Preset(string code) => ProgramPresets.All().Single(p => p.Program.Code == code).Policy;

    [Fact]
    public void There_are_six_programs_each_with_its_own_source_document()
    {
        var all = ProgramPresets.All();
        Assert.Equal([ProgramPresets.LocalCurrency, ProgramPresets.Hanaro, ProgramPresets.Cashbee, ProgramPresets.CardCompanyPrepaid, ProgramPresets.Voucher, ProgramPresets.Credits],
            all.Select(p => p.Program.Code));
        Assert.Equal(["000", "003 하나로", "003 캐시비", "004", "002", "001"],
            all.Select(p => Regex.Match(p.Policy.Source, @"^\d{3}( 하나로| 캐시비)?").Value));
    }

    [Theory]
    [MemberData(nameof(Presets))]
    public void Every_value_on_the_programs_page_cites_its_clause_or_is_marked_as_the_operators_setting(string code)
    {
        var policy = Preset(code);
        var parameters = PolicyParameters.Describe(policy).SelectMany(g => g.Parameters).ToList();
        Assert.NotEmpty(parameters);
        foreach (var p in parameters)
        {
            Assert.False(string.IsNullOrWhiteSpace(p.Citation), $"{code} {p.Label}: no citation and no mark");
            if (p.OperatorSetting)
            {
                Assert.Equal(PolicyCitations.OperatorSetting, p.Citation);
                if (p.Property is not null)
                    Assert.True(PolicySettings.Of(p.Property) is not null, $"{code} {p.Label} is the operator's setting but an Admin cannot change it by a new version");
            }
            else
            {
                Assert.NotEqual(PolicyCitations.OperatorSetting, p.Citation);
                Assert.DoesNotContain(PolicyCitations.OperatorSetting, p.Citation);
                Assert.Matches(@"^\d{3} ", p.Citation);
            }
        }
        // Every citation a preset holds names a real property (a typo would silently make the value an operator setting).
        foreach (var name in policy.Citations.Keys)
            Assert.True(typeof(ProgramPolicy).GetProperty(name) is not null, $"{code} cites an unknown parameter {name}");
    }

    [Theory]
    [MemberData(nameof(Presets))]
    public void Every_citation_names_a_clause_of_its_seed_and_every_figure_it_quotes_is_in_that_clause(string code)
    {
        var policy = Preset(code);
        var citations = PolicyParameters.Describe(policy).SelectMany(g => g.Parameters).Where(p => !p.OperatorSetting).Select(p => p.Citation)
            .Concat(policy.Citations.Values).Distinct().ToList();
        Assert.NotEmpty(citations);
        foreach (var citation in citations)
        {
            foreach (var clause in Parse(citation))
            {
                Assert.True(Clauses.TryGetValue(clause.Key, out var texts), $"{code}: '{citation}' cites {clause.Key}, which is not a clause of the seeds checked here");
                var text = Squeeze(string.Concat(texts!));
                foreach (Match figure in FigurePattern().Matches(clause.Note))
                    Assert.True(text.Contains(Squeeze(figure.Value), StringComparison.Ordinal),
                        $"{code}: '{citation}' quotes {figure.Value}, which {clause.Key} does not say");
            }
        }
    }

    [Theory]
    [InlineData("003 하나로 제11조3 (접수일로부터 15일 이내)", "003 하나로 제11조")]
    [InlineData("000 환불", "000 환불")]
    [InlineData("003 캐시비 제9조①1 단서·제9조①2 (천재지변)", "003 캐시비 제9조")]
    [InlineData("003 하나로 제2조11 (환불접수처) · 제11조2 (2%)", "003 하나로 제2조|003 하나로 제11조")]
    [InlineData("000 실물카드 (만료) · 000 환불 (90%)", "000 실물카드|000 환불")]
    [InlineData("004 제12조②3 (1만원 이하)", "004 제12조")]
    public void Citations_are_read_as_seed_terms_and_article(string citation, string keys) =>
        Assert.Equal(keys.Split('|'), Parse(citation).Select(c => c.Key));

    [Fact]
    public void A_cited_clause_that_is_not_in_the_seeds_is_caught()
    {
        // The cashback exclusion once cited "001 §6": seed 001 is another operator's credit policy, not these programs' terms.
        Assert.DoesNotContain(Parse("001 §6 (캐시백 제외)"), c => Clauses.ContainsKey(c.Key));
        Assert.DoesNotContain(Parse("003 하나로 제9조①4"), c => Clauses.ContainsKey(c.Key));
    }

    /// <summary>
    /// The embedded texts against the seeds, where a checkout has them next to the repository (<c>../shared/seeds</c>);
    /// 003 holds two sets of terms, so 하나로 clauses are looked up before the 캐시비 terms begin and 캐시비 clauses after.
    /// </summary>
    [Fact]
    public void The_embedded_clause_texts_are_the_seed_texts()
    {
        var seeds = SeedDirectory();
        if (seeds is null) return; // CI: a clean checkout of this repository has no seeds; the embedded table stands.
        foreach (var (key, texts) in Clauses)
        {
            var seed = key[..3];
            var file = Directory.GetFiles(seeds, $"{seed}_*.txt").Single();
            var whole = File.ReadAllText(file);
            const string cashbeeStarts = "발행한 캐시비카드";
            var at = whole.IndexOf(cashbeeStarts, StringComparison.Ordinal);
            var body = key.Contains(" 하나로 ", StringComparison.Ordinal) ? whole[..at]
                : key.Contains(" 캐시비 ", StringComparison.Ordinal) ? whole[at..]
                : whole;
            var squeezed = Squeeze(body);
            var article = key[4..].Replace("하나로 ", "", StringComparison.Ordinal).Replace("캐시비 ", "", StringComparison.Ordinal).Replace("포인트 ", "", StringComparison.Ordinal);
            // 001 numbers its sections "# 2." / "## 2.1" instead of 제N조.
            if (article.StartsWith('§')) article = article[1..];
            Assert.True(squeezed.Contains(Squeeze(article), StringComparison.Ordinal), $"{key}: seed {seed} has no {article}");
            foreach (var text in texts)
                Assert.True(squeezed.Contains(Squeeze(text), StringComparison.Ordinal), $"{key}: seed {seed} does not say \"{text}\"");
        }
    }

    private static string? SeedDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "BackOffice.sln"))) continue;
            var seeds = Path.Combine(dir.FullName, "..", "shared", "seeds");
            return Directory.Exists(seeds) ? seeds : null;
        }
        return null;
    }
}
