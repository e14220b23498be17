<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Arguments</name>
    <message>
        <location filename="../../app/cli/Arguments.cpp" line="+95"/>
        <source>--format: unknown format &quot;%1&quot;; expected one of: table, json, csv</source>
        <translation>--format: 不明な形式「%1」です。table、json、csv のいずれかを指定してください</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--lang: unknown language &quot;%1&quot;; expected one of: en, ja</source>
        <translation>--lang: 不明な言語「%1」です。en、ja のいずれかを指定してください</translation>
    </message>
    <message>
        <location line="+80"/>
        <location line="+44"/>
        <source>%1 needs a value</source>
        <translation>%1 には値が必要です</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>unknown option %1</source>
        <translation>不明なオプション %1 です</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 takes no value</source>
        <translation>%1 は値を取りません</translation>
    </message>
    <message>
        <location line="+87"/>
        <location filename="../../app/cli/CommandLine.cpp" line="+361"/>
        <source>Options of %1:
</source>
        <translation>%1 のオプション:
</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Options of the window:
</source>
        <translation>ウィンドウのオプション:
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this help</source>
        <translation>このヘルプ</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>a scenario FILE is needed</source>
        <translation>シナリオファイル (FILE) が必要です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one scenario FILE at a time; unexpected &quot;%1&quot;</source>
        <translation>シナリオファイルは 1 つずつ指定してください。「%1」は余分です</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>余分な引数「%1」があります</translation>
    </message>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="-301"/>
        <location line="+270"/>
        <source>table (aligned for a terminal, the default), json, or csv (plain
numbers, the unit in each column&apos;s name)</source>
        <translation>table (端末向けに整列、既定)、json、csv (数値のみ、単位は各列の名前に)</translation>
    </message>
    <message>
        <location line="-267"/>
        <source>show money in USD or JPY. JPY uses the file&apos;s rate and rounding when
the file is in JPY; otherwise 155 JPY to the dollar, rounded down to
the yen (the workshop deck&apos;s convention). USD is 1 to 1, to the cent.</source>
        <translation>金額を USD または JPY で表示します。ファイルが JPY の場合はファイルの
レートと端数処理を使い、それ以外は 1 USD = 155 JPY で円未満を切り捨てます
(ワークショップ資料の方式)。USD はセント単位です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the scenario&apos;s region (%1); options that name
their own region keep it</source>
        <translation>シナリオのリージョン (%1)。独自のリージョンを指定した構成はそのままです</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>all, or regions R1,R2,...: each option&apos;s monthly total in every
one of them instead, the cheapest marked</source>
        <translation>all またはリージョン R1,R2,...: 各構成の月額をそれぞれのリージョンで
比較し、最も安いものに印を付けます</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+258"/>
        <source>en or ja: the language of labels and notes</source>
        <translation>en または ja: ラベルと注記の言語</translation>
    </message>
    <message>
        <location filename="../../app/cli/ExportCommand.cpp" line="+50"/>
        <source>write the PDF report to OUT</source>
        <translation>PDF レポートを OUT に書き出します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the presentation&apos;s slides (16:9) to OUT</source>
        <translation>プレゼンテーションのスライド (16:9) を OUT に書き出します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the report&apos;s paper: A4 (the default) or Letter</source>
        <translation>レポートの用紙: A4 (既定) または Letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the report&apos;s pages across</source>
        <translation>レポートのページを横向きにします</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>en or ja: the language of the report, the slides and the messages</source>
        <translation>en または ja: レポート、スライド、メッセージの言語</translation>
    </message>
    <message>
        <location filename="../../app/cli/PricesCommand.cpp" line="+52"/>
        <source>table (aligned for a terminal, the default), json, or csv</source>
        <translation>table (端末向けに整列、既定)、json、csv</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/cli/PricesUpdateCommand.cpp" line="+169"/>
        <source>en or ja: the language of the messages</source>
        <translation>en または ja: メッセージの言語</translation>
    </message>
    <message>
        <location line="+352"/>
        <source>every region with imported prices</source>
        <translation>価格をインポートしたすべてのリージョン</translation>
    </message>
    <message>
        <location filename="../../app/cli/PricesUpdateCommand.cpp" line="-6"/>
        <source>the regions to update, by code (ap-northeast-3)</source>
        <translation>更新するリージョンのコード (ap-northeast-3 など)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every region the Price List has</source>
        <translation>Price List にあるすべてのリージョン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>where the offer files are (http, https or file)</source>
        <translation>オファーファイルの場所 (http、https、file)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep the downloaded offer files in DIR</source>
        <translation>ダウンロードしたオファーファイルを DIR に保存します</translation>
    </message>
    <message>
        <location filename="../../app/shell/GuiMain.cpp" line="+54"/>
        <source>render the window offscreen to the PNG file OUT and quit</source>
        <translation>ウィンドウを画面に表示せずに PNG ファイル OUT に描画して終了します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the page shown: compare, services, runtimes, storage, security,
iac, learn or prices</source>
        <translation>表示するページ: compare、services、runtimes、storage、security、
iac、learn、prices</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the screenshot&apos;s size, 1440x900 unless given</source>
        <translation>スクリーンショットのサイズ (既定は 1440x900)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>light or dark</source>
        <translation>light または dark</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the chart shown: totals, breakdown, scaling, capabilities,
regions or regions-chart</source>
        <translation>表示するグラフ: totals、breakdown、scaling、capabilities、
regions、regions-chart</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the tab under the charts: comparison, storage or security</source>
        <translation>グラフの下のタブ: comparison、storage、security</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the option selected, its editor scrolled into view</source>
        <translation>選択する構成 (エディターが見える位置までスクロールします)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open a recovery copy of unsaved changes</source>
        <translation>保存されていない変更の復元用コピーを開きます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>en or ja: the language of the window</source>
        <translation>en または ja: ウィンドウの言語</translation>
    </message>
</context>
<context>
    <name>CapabilityMatrixModel</name>
    <message>
        <location filename="../../models/CapabilityMatrixModel.cpp" line="+79"/>
        <source>%1, %2: %3 of %4</source>
        <translation>%1、%2: %3/%4</translation>
    </message>
</context>
<context>
    <name>CapabilityMatrixView</name>
    <message>
        <location filename="../../app/catalog/CapabilityMatrixView.cpp" line="+130"/>
        <source>Capability matrix</source>
        <translation>機能マトリクス</translation>
    </message>
</context>
<context>
    <name>CatalogLoader</name>
    <message>
        <location filename="../../models/CatalogLoader.cpp" line="+70"/>
        <source>must be lowercase letters, digits and single hyphens, found %1</source>
        <translation>英小文字、数字、単独のハイフンだけにする必要があります (見つかった値: %1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>duplicate id %1 (first at %2)</source>
        <translation>ID %1 が重複しています (最初は %2)</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>file is missing</source>
        <translation>ファイルがありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a folder, not a file</source>
        <translation>はフォルダーで、ファイルではありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be read: %1</source>
        <translation>読み込めません: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected %1 in %2, found %3</source>
        <translation>%2 では %1 が必要です (見つかった値: %3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must list at least one entry</source>
        <translation>項目を 1 つ以上挙げる必要があります</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+49"/>
        <source>must be an https:// address, found %1</source>
        <translation>https:// のアドレスにする必要があります (見つかった値: %1)</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>must name the GB-month price first</source>
        <translation>最初に GB-月の価格を挙げる必要があります</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>give both source and asOf, or neither</source>
        <translation>source と asOf は両方指定するか、どちらも省略してください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only a fact of slide 0 names another source</source>
        <translation>別の出典を挙げられるのはスライド 0 の事実だけです</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+32"/>
        <source>is missing</source>
        <translation>がありません</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>unknown value %1; expected one of: %2</source>
        <translation>不明な値 %1 です。次のいずれかを指定してください: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>unknown runtime %1; expected one of: %2</source>
        <translation>不明なランタイム %1 です。次のいずれかを指定してください: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+49"/>
        <location line="+34"/>
        <source>service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+11"/>
        <source>storage</source>
        <translation>ストレージ</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>the service does not run on %1</source>
        <translation>このサービスは %1 では実行できません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not in the service&apos;s storage list</source>
        <translation>%1 はこのサービスのストレージの一覧にありません</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+64"/>
        <location line="+145"/>
        <source>must name at least one</source>
        <translation>1 つ以上挙げる必要があります</translation>
    </message>
    <message>
        <location line="-185"/>
        <location line="+13"/>
        <source>runtime</source>
        <translation>ランタイム</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>must list at least one aspect</source>
        <translation>観点を 1 つ以上挙げる必要があります</translation>
    </message>
    <message>
        <location line="-430"/>
        <source>must list at least one tier</source>
        <translation>段階を 1 つ以上挙げる必要があります</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected [cores, fraction], found %1</source>
        <translation>[コア数, 割合] が必要です (見つかった値: %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be a whole number of cores</source>
        <translation>コア数は整数にする必要があります</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the last tier must be 0 cores: it covers every remaining core</source>
        <translation>最後の段階は 0 コアにする必要があります (残りのすべてのコアを対象とするため)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only the last tier may be 0 cores</source>
        <translation>0 コアにできるのは最後の段階だけです</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be between 0 and 1</source>
        <translation>0 から 1 の間にする必要があります</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+440"/>
        <location line="+75"/>
        <source>must list at least one size</source>
        <translation>サイズを 1 つ以上挙げる必要があります</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>must list at least one criterion</source>
        <translation>評価基準を 1 つ以上挙げる必要があります</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>must list at least one purchase option</source>
        <translation>購入オプションを 1 つ以上挙げる必要があります</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>runtime or service</source>
        <translation>ランタイムまたはサービス</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>give either memoryGiB or memoryGiBFrom/To/Step, not both</source>
        <translation>memoryGiB と memoryGiBFrom/To/Step のどちらか一方を指定してください (両方は不可)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs memoryGiB or memoryGiBFrom/To/Step</source>
        <translation>memoryGiB か memoryGiBFrom/To/Step が必要です</translation>
    </message>
    <message>
        <location line="-527"/>
        <source>expected a number, found %1</source>
        <translation>数値が必要です (見つかった値: %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be between 0.5 and %1</source>
        <translation>0.5 から %1 の間にする必要があります</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>must not be less than memoryGiBFrom</source>
        <translation>memoryGiBFrom 以上にする必要があります</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be memoryGiBFrom plus a whole number of steps</source>
        <translation>memoryGiBFrom に memoryGiBStep の整数倍を足した値にする必要があります</translation>
    </message>
    <message>
        <location line="+557"/>
        <source>unknown %1 %2: no entry of %3 has that id</source>
        <translation>不明な ID %2 です (%1)。%3 にその ID の項目はありません</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no price book has the key %1</source>
        <translation>キー %1 を持つ価格表はありません</translation>
    </message>
</context>
<context>
    <name>CatalogModel</name>
    <message>
        <location filename="../../models/CatalogModel.cpp" line="+22"/>
        <location line="+45"/>
        <source>ECS</source>
        <translation>ECS</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Kubernetes</source>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenShift</source>
        <translation>OpenShift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+286"/>
        <location line="+200"/>
        <source>Its own</source>
        <translation>独自</translation>
    </message>
    <message>
        <location line="-482"/>
        <source>What it runs on</source>
        <translation>実行基盤に準ずる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed monthly plan</source>
        <translation>月額固定プラン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per vCPU and GB</source>
        <translation>vCPU と GB 単位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per request and GB-second</source>
        <translation>リクエストと GB 秒単位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per hour</source>
        <translation>時間単位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it runs on, plus a fee of its own</source>
        <translation>実行基盤の料金 + 独自の料金</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+43"/>
        <source>Block</source>
        <translation>ブロック</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+43"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+43"/>
        <source>Object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Mount</source>
        <translation>マウント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bind mount from the host</source>
        <translation>ホストからのバインドマウント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+495"/>
        <source>Free</source>
        <translation>無料</translation>
    </message>
    <message>
        <location line="-494"/>
        <source>Per image</source>
        <translation>イメージ単位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per instance a month</source>
        <translation>インスタンスごとの月額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per vCPU a month</source>
        <translation>vCPU ごとの月額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per GB scanned</source>
        <translation>スキャンした GB 単位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per web ACL and request</source>
        <translation>ウェブ ACL とリクエスト単位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per month</source>
        <translation>月額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per endpoint-hour</source>
        <translation>エンドポイント時間単位</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+27"/>
        <source>Infrastructure</source>
        <translation>インフラストラクチャ</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+27"/>
        <source>Application</source>
        <translation>アプリケーション</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>EKS</source>
        <translation>EKS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AWS</source>
        <translation>AWS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multi-cloud</source>
        <translation>マルチクラウド</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+27"/>
        <source>Orchestrator</source>
        <translation>オーケストレーター</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Platform (PaaS)</source>
        <translation>プラットフォーム (PaaS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual private server</source>
        <translation>仮想プライベートサーバー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch</source>
        <translation>バッチ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>Serverless</source>
        <translation>サーバーレス</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Self-managed</source>
        <translation>セルフマネージド</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compute</source>
        <translation>コンピューティング</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>On premises</source>
        <translation>オンプレミス</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Scanning</source>
        <translation>スキャン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threat detection</source>
        <translation>脅威検出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Firewall</source>
        <translation>ファイアウォール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DDoS protection</source>
        <translation>DDoS 防御</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Concept</source>
        <translation>概念</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message numerus="yes">
        <location line="+354"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No limit</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <location line="-204"/>
        <location line="+212"/>
        <source>API only</source>
        <translation>API のみ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 vs %2</source>
        <translation>%1 と %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Closed to new customers; see %1.</source>
        <translation>新規のお客様は利用できません。%1 を参照してください。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No fee of its own: you pay for the EC2, Fargate or servers it runs on.</source>
        <translation>このサービス自体の料金はかかりません。実行先の EC2、Fargate、またはサーバーの料金を支払います。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: no published price in %2; shown as unknown, never as zero.</source>
        <translation>%1: %2 では公開価格がありません。0 ではなく「不明」と表示します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No charge.</source>
        <translation>料金はかかりません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>estimate</source>
        <translation>概算</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>confirmed</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in %2, as of %3; source: %4 (%5)</source>
        <translation>%2 の %1 (%3 時点、出典: %4、%5)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The lowest or first listed price in the selected region; ≈ marks an estimate.</source>
        <translation>選択したリージョンでの最低価格または最初に掲載された価格です。≈ は概算を示します。</translation>
    </message>
    <message>
        <location line="-583"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs on</source>
        <translation>実行先</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Managed control plane</source>
        <translation>マネージドコントロールプレーン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portable beyond AWS</source>
        <translation>AWS 外への移植性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest run</source>
        <translation>最長実行時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billed by</source>
        <translation>課金単位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open to new customers</source>
        <translation>新規のお客様の利用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Architectures</source>
        <translation>アーキテクチャ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spot</source>
        <translation>スポット</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multi-AZ</source>
        <translation>マルチ AZ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared across hosts</source>
        <translation>ホスト間で共有</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mount from</source>
        <translation>マウント元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access</source>
        <translation>アクセス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container-specific</source>
        <translation>コンテナ専用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applies to</source>
        <translation>対象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing</source>
        <translation>課金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer</source>
        <translation>レイヤー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Targets</source>
        <translation>対象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vendor</source>
        <translation>ベンダー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open source</source>
        <translation>オープンソース</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compares</source>
        <translation>比較対象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price from</source>
        <translation>最低価格</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <location filename="../../app/catalog/CatalogPage.cpp" line="+79"/>
        <source>Search names, descriptions and facts (Ctrl+F)</source>
        <translation>名前・説明・特徴を検索 (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the catalog</source>
        <translation>カタログを検索</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Catalog entries</source>
        <translation>カタログの項目</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>&amp;Catalog</source>
        <translation>カタログ(&amp;C)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Each service rated 0 (cannot) to 4 (best of the set) on each criterion; hover a cell for the reason.</source>
        <translation>各サービスを基準ごとに 0 (不可) から 4 (この中で最良) で評価しています。セルにポインターを合わせると理由が表示されます。</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Capability &amp;matrix</source>
        <translation>機能マトリクス(&amp;M)</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>No entry mentions “%1”.</source>
        <translation>「%1」を含む項目はありません。</translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <location filename="../../app/charts/ChartBuilder.cpp" line="+193"/>
        <location line="+295"/>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <location line="-293"/>
        <source>The cheapest complete option</source>
        <translation>すべての価格が判明している中で最安の構成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some prices are unknown: the total leaves them out</source>
        <translation>一部の価格が不明です。合計には含まれていません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Includes an estimated price</source>
        <translation>概算価格を含みます</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>Monthly cost, side by side</source>
        <translation>月額料金の比較</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What each monthly bill is made of</source>
        <translation>月額料金の内訳</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Monthly cost as the task count grows</source>
        <translation>タスク数の増加に伴う月額料金</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Capabilities scored 0–4, ranked by your weights</source>
        <translation>機能の評価 (0–4)、重み付けによる順位</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Monthly cost (USD)</source>
        <translation>月額料金 (USD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly cost (%1, 1 USD = %2 %1)</source>
        <extracomment>%1 currency code, %2 the rate</extracomment>
        <translation>月額料金 (%1、1 USD = %2 %1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+22"/>
        <location line="+111"/>
        <location line="+11"/>
        <source>Monthly total</source>
        <translation>月額合計</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>%1 in every region with prices</source>
        <translation>価格のある全リージョンでの %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (a price is unknown)</source>
        <translation>%1 (不明な価格あり)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (not available)</source>
        <translation>%1 (利用不可)</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <location line="+231"/>
        <source>%1 (cannot run this workload)</source>
        <translation>%1 (このワークロードは実行不可)</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Two options cross</source>
        <translation>2 つの選択肢が交差</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Between %1 and %2, %3 becomes cheaper than %4</source>
        <translation>%1〜%2 で %3 が %4 より安くなる</translation>
    </message>
    <message>
        <location line="-640"/>
        <source>Option</source>
        <translation>構成</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>No option can be priced for this workload: the notes say why.</source>
        <translation>このワークロードを料金計算できる選択肢はありません。理由は注記を参照してください。</translation>
    </message>
    <message>
        <location line="+357"/>
        <location line="+120"/>
        <source>Monthly total (%1)</source>
        <translation>月額合計 (%1)</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>Tasks running all month</source>
        <translation>1 か月間実行するタスク数</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Break-even: the cheapest option changes</source>
        <translation>損益分岐点: 最安の構成が入れ替わります</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <location filename="../../app/charts/ChartExport.cpp" line="+81"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>chart</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Made with Container Compare for AWS</source>
        <translation>Container Compare for AWS で作成</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot encode the chart as PNG.</source>
        <translation>グラフを PNG にエンコードできません。</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+6"/>
        <source>Save Chart as PNG</source>
        <translation>グラフを PNG で保存</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+6"/>
        <source>Save Chart as SVG</source>
        <translation>グラフを SVG で保存</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>SVG images (*.svg)</source>
        <translation>SVG 画像 (*.svg)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copy Chart</source>
        <translation>グラフをコピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save Chart as PNG…</source>
        <translation>グラフを PNG で保存…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save Chart as SVG…</source>
        <translation>グラフを SVG で保存…</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../app/cli/CommandLine.cpp" line="-294"/>
        <source>Usage:
  container-compare [FILE]
      open the window, with the scenario FILE if one is given
  container-compare compare FILE [--format table|json|csv] [--currency USD|JPY]
                                 [--region REGION] [--lang en|ja]
      price every option of the scenario FILE for its period and print them
  container-compare catalog [services|runtimes|storage|security|iac]
                            [--format table|json|csv] [--lang en|ja]
      list the catalog entries (all kinds when none is named)
</source>
        <translation>使い方:
  container-compare [FILE]
      ウィンドウを開きます。FILE を指定するとそのシナリオを開きます
  container-compare compare FILE [--format table|json|csv] [--currency USD|JPY]
                                 [--region REGION] [--lang en|ja]
      シナリオ FILE のすべての構成の期間中の料金を計算して出力します
  container-compare catalog [services|runtimes|storage|security|iac]
                            [--format table|json|csv] [--lang en|ja]
      カタログの項目を一覧表示します (種類を指定しなければすべて)
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>  container-compare compare FILE --regions all|R1,R2,... [--format table|json|csv]
      each option&apos;s monthly total in every region with prices, the cheapest marked
</source>
        <translation>  container-compare compare FILE --regions all|R1,R2,... [--format table|json|csv]
      価格のある全リージョンでの各オプションの月額合計 (最安に印)
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  container-compare --version | -v
  container-compare --help | -h
</source>
        <translation>  container-compare --version | -v
  container-compare --help | -h
</translation>
    </message>
    <message>
        <location line="+309"/>
        <source>Container Compare for AWS: what running a workload&apos;s containers costs a month on ECS,
EKS, Fargate, Lightsail, App Runner, Lambda and the rest, line by line.

</source>
        <translation>Container Compare for AWS: ワークロードのコンテナを ECS、EKS、Fargate、Lightsail、
App Runner、Lambda などで実行した場合の月額料金を項目ごとに示します。

</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>unknown option %1</source>
        <translation>不明なオプション %1</translation>
    </message>
    <message>
        <location line="-290"/>
        <source>--currency: unknown currency &quot;%1&quot;; expected one of: USD, JPY</source>
        <translation>--currency: 不明な通貨「%1」です。USD、JPY のいずれかを指定してください</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--region: unknown region &quot;%1&quot;; expected one of: %2</source>
        <translation>--region: 不明なリージョン「%1」です。次のいずれかを指定してください: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--regions: unknown region &quot;%1&quot;; expected all or some of: %2</source>
        <translation>--regions: 不明なリージョン「%1」。all または次のいずれか: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--regions: expected all or a comma-separated list of regions</source>
        <translation>--regions: all またはカンマ区切りのリージョンを指定してください</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>cannot write the output</source>
        <translation>出力を書き込めません</translation>
    </message>
    <message>
        <location line="+193"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>one kind at a time; unexpected &quot;%1&quot;</source>
        <translation>種類は一度に 1 つだけです。余分な引数「%1」</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown kind &quot;%1&quot;; expected one of: %2</source>
        <translation>不明な種類「%1」です。次のいずれかを指定してください: %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>
Exit status: 0 done, 1 failed, 2 bad input (a message on stderr names the file,
the JSON path and the problem; nothing is printed on stdout).
</source>
        <translation>
終了ステータス: 0 成功、1 失敗、2 入力エラー (標準エラーにファイル、JSON パス、
問題点を示すメッセージを出力し、標準出力には何も出力しません)。
</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a command is needed</source>
        <translation>コマンドを指定してください</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 takes no arguments</source>
        <translation>%1 は引数を取りません</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>不明なコマンド「%1」</translation>
    </message>
    <message>
        <location filename="../../app/cli/ExportCommand.cpp" line="+107"/>
        <source>  container-compare export FILE --pdf OUT.pdf [--lang en|ja] [--page-size A4|Letter] [--landscape]
      write the PDF report of the scenario FILE (cover, summary, charts, breakdown,
      capabilities, storage, security, assumptions and price sources)
  container-compare export FILE --slides OUT.pdf [--lang en|ja]
      write the presentation&apos;s slides as a 16:9 PDF
</source>
        <translation>  container-compare export FILE --pdf OUT.pdf [--lang en|ja] [--page-size A4|Letter] [--landscape]
      シナリオ FILE の PDF レポートを書き出します (表紙、概要、グラフ、内訳、
      機能、ストレージ、セキュリティ、前提条件、価格の出典)
  container-compare export FILE --slides OUT.pdf [--lang en|ja]
      プレゼンテーションのスライドを 16:9 の PDF で書き出します
</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <location filename="../../app/compare/ComparePage.cpp" line="+130"/>
        <source>Workload and options</source>
        <translation>ワークロードと構成</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Charts</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;otals</source>
        <translation>合計(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Breakdown</source>
        <translation>内訳(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sc&amp;aling</source>
        <translation>スケーリング(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capab&amp;ilities</source>
        <translation>機能(&amp;I)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;gions</source>
        <translation>リージョン(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each option&apos;s monthly total in every region with prices</source>
        <translation>価格のある全リージョンでの各オプションの月額合計</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Comparison table</source>
        <translation>比較表</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Notes on the options</source>
        <translation>構成に関する注記</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+346"/>
        <source>&amp;Comparison</source>
        <translation>比較(&amp;C)</translation>
    </message>
    <message>
        <location line="-344"/>
        <source>&amp;Storage</source>
        <translation>ストレージ(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Securit&amp;y</source>
        <translation>セキュリティ(&amp;Y)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Where the lines cross</source>
        <translation>線が交差する位置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show up to</source>
        <translation>表示する上限</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your weights</source>
        <translation>重み付け</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much each criterion counts in the ranking (0 = ignore)</source>
        <translation>各基準を順位付けにどれだけ反映するか (0 = 無視)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Weight of %1</source>
        <translation>%1 の重み</translation>
    </message>
    <message>
        <location line="+221"/>
        <source>No notes: every figure comes straight from a confirmed price.</source>
        <translation>注記はありません。すべての数値は確認済みの価格から計算しています。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Comparison (⚠ %1)</source>
        <translation>比較(&amp;C) (⚠ %1)</translation>
    </message>
</context>
<context>
    <name>ComparisonExport</name>
    <message>
        <location filename="../../models/ComparisonExport.cpp" line="+271"/>
        <source>%1 · %2 hours · %3 a month</source>
        <translation>%1 · %2 時間 · %3/月</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rounded down</source>
        <translation>切り捨て</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rounded to the nearest</source>
        <translation>四捨五入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 USD = %1 %2, %3</source>
        <translation>1 USD = %1 %2、%3</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Option</source>
        <translation>構成</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Total (%1/month)</source>
        <translation>合計 (%1/月)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total (USD/month)</source>
        <translation>合計 (USD/月)</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+10"/>
        <location line="+2"/>
        <location line="+84"/>
        <location line="+2"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+2"/>
        <source>n/a</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>← cheapest</source>
        <translation>← 最安</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>x cannot run this workload</source>
        <translation>x このワークロードは実行不可</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>~ includes a price that is an estimate, not a confirmed published rate</source>
        <translation>~ 公開料金で確認できていない概算価格を含みます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown: no published price; it is left out rather than counted as 0</source>
        <translation>不明: 公開価格がありません。0 として数えず、合計から除外しています</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Notes</source>
        <translation>注記</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Storage</source>
        <translation>ストレージ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>タイプ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size GiB</source>
        <translation>サイズ (GiB)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 a month</source>
        <translation>%1/月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>USD a month</source>
        <translation>USD/月</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Security</source>
        <translation>セキュリティ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <location filename="../../models/ComparisonModel.cpp" line="+98"/>
        <source>%1 ★</source>
        <translation>%1 ★</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 cannot run</source>
        <translation>%1 %2 実行不可</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not available</source>
        <translation>利用不可</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 + unknown</source>
        <translation>%1 + 不明</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(estimate)</source>
        <translation>(概算)</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Option</source>
        <translation>構成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total (%1/month)</source>
        <translation>合計 (%1/月)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total (USD/month)</source>
        <translation>合計 (USD/月)</translation>
    </message>
</context>
<context>
    <name>ComparisonTableProxy</name>
    <message>
        <location filename="../../app/compare/ComparisonTableProxy.cpp" line="+101"/>
        <source>The cheapest complete option</source>
        <translation>すべての価格が判明している中で最安の構成</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A price here is unknown: it is left out of the sum, never counted as 0</source>
        <translation>この価格は不明です。0 として数えず、合計から除外しています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Includes an estimated price</source>
        <translation>概算価格を含みます</translation>
    </message>
</context>
<context>
    <name>ComparisonText</name>
    <message>
        <location filename="../../models/ComparisonText.cpp" line="+35"/>
        <source>%1 — %2 a month</source>
        <translation>%1 — 月額 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 vCPU</source>
        <translation>%1 vCPU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+82"/>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+9"/>
        <source>%1 h a month</source>
        <translation>月 %1 時間</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 days × %2 h = %3 h</source>
        <extracomment>%1 days × %2 hours a day = %3 hours</extracomment>
        <translation>%1 日 × %2 時間 = %3 時間</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 days × %2 h</source>
        <extracomment>%1 days × %2 hours a day</extracomment>
        <translation>%1 日 × %2 時間</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>USD, to the cent</source>
        <translation>USD (セント単位)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rounded down</source>
        <translation>切り捨て</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rounded to the nearest unit</source>
        <translation>最小単位に四捨五入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 at 1 USD = %2 %1, %3</source>
        <extracomment>%1 currency code, %2 rate, %3 how amounts are rounded</extracomment>
        <translation>%1 (1 USD = %2 %1、%3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>mixed purchase options</source>
        <translation>購入オプションが混在</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>stored data</source>
        <translation>保存データ量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCPU</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data processed</source>
        <translation>処理データ量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run time</source>
        <translation>実行時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>requests</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rules</source>
        <translation>ルール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>web ACLs</source>
        <translation>ウェブ ACL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OS licence fee</source>
        <translation>OS ライセンス料金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hosted control plane</source>
        <translation>ホステッドコントロールプレーン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cluster</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>instances</source>
        <translation>インスタンス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>instances scanned</source>
        <translation>スキャン対象のインスタンス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subscription</source>
        <translation>サブスクリプション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>endpoints</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rescans</source>
        <translation>再スキャン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>images scanned</source>
        <translation>スキャン対象のイメージ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worker nodes (4 vCPU)</source>
        <translation>ワーカーノード (4 vCPU)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCPU monitored</source>
        <translation>監視対象の vCPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>ephemeral storage</source>
        <translation>エフェメラルストレージ</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>standard support</source>
        <translation>標準サポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extended support</source>
        <translation>延長サポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linux x86</source>
        <translation>Linux x86</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linux Arm</source>
        <translation>Linux Arm</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CostModel</name>
    <message>
        <location filename="../../models/CostModel.cpp" line="+86"/>
        <source>There is no price book for the region %1.</source>
        <translation>リージョン %1 の価格表がありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown service &quot;%1&quot;.</source>
        <translation>不明なサービス「%1」です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is closed to new customers; only existing customers can use it.</source>
        <translation>新規のお客様は %1 を利用できません。既存のお客様のみ利用できます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AWS points new users to %1.</source>
        <translation>新規ユーザーには AWS が %1 を案内しています。</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>No published price for %1 in %2: shown as unknown.</source>
        <translation>%2 では %1 の公開価格がありません。「不明」と表示します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The price of %1 (%2 %3) is an estimate.</source>
        <translation>%1 の価格 (%2 %3) は概算です。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 priced at %2% off on-demand (your figure).</source>
        <translation>%1 はオンデマンドから %2% 割引で計算しています (入力値)。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not offered for %2 here or has no stated discount: priced on-demand.</source>
        <translation>%1 はこのリージョンの %2 では提供されていないか、割引率が示されていません。オンデマンドで計算しています。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 priced at %2% off on-demand (%3, source %4, %5).</source>
        <translation>%1 はオンデマンドから %2% 割引で計算しています (%3、出典 %4、%5)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>estimate</source>
        <translation>概算</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>confirmed</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1: the fee for your own nodes (no published price here)</source>
        <translation>%1: 持ち込んだノードの料金 (公開価格なし)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 charges a fee for the nodes you bring, which the price books do not hold: its total is unknown. Your own servers are not priced.</source>
        <translation>%1 は持ち込んだノードに料金がかかりますが、その価格は価格表にありません。合計は不明です。自社のサーバーの費用は計算していません。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ECS Express Mode runs the service on Fargate; the load balancer it creates is billed separately and not included.</source>
        <translation>ECS Express Mode はサービスを Fargate で実行します。作成されるロードバランサーは別途課金され、ここには含まれていません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>AWS Batch adds no charge: you pay for the EC2 or Fargate capacity it runs.</source>
        <translation>AWS Batch 自体の追加料金はありません。実行に使う EC2 または Fargate の料金を支払います。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Elastic Beanstalk adds no charge: you pay for the EC2 instances it creates; its load balancer and monitoring are not included.</source>
        <translation>Elastic Beanstalk 自体の追加料金はありません。作成される EC2 インスタンスの料金を支払います。ロードバランサーとモニタリングは含まれていません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not run on %2.</source>
        <translation>%1 は %2 では実行できません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose where %1 runs (EC2, Fargate or Anywhere).</source>
        <translation>%1 の実行先 (EC2、Fargate、Anywhere) を選んでください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: management fee per instance (no published price here)</source>
        <translation>%1: インスタンスごとの管理料金 (公開価格なし)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 adds a management fee per instance that the price books do not hold: its total is unknown.</source>
        <translation>%1 にはインスタンスごとの管理料金がかかりますが、その価格は価格表にありません。合計は不明です。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the EKS cluster in extended support</source>
        <translation>延長サポート中の EKS クラスター</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the EKS cluster</source>
        <translation>EKS クラスター</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cluster × %2 h × %3 USD/h (%4 support)</source>
        <translation>%1 クラスター × %2 時間 × %3 USD/時間 (%4 サポート)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+67"/>
        <location line="+1"/>
        <location line="+188"/>
        <location line="+77"/>
        <location line="+1"/>
        <location line="+133"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="-466"/>
        <source>extended</source>
        <translation>延長</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>standard</source>
        <translation>標準</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Extended support costs 0.60 USD/h per cluster instead of 0.10: keep the Kubernetes version current.</source>
        <translation>延長サポートはクラスターあたり 0.10 USD/時間ではなく 0.60 USD/時間かかります。Kubernetes のバージョンを最新に保ってください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>EKS on Fargate does not run Windows pods.</source>
        <translation>EKS on Fargate では Windows Pod を実行できません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EKS on Fargate runs x86_64 pods only: priced as x86_64.</source>
        <translation>EKS on Fargate で実行できるのは x86_64 の Pod のみです。x86_64 として計算しています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>EKS on Fargate adds 256 MiB to each pod for the kubelet, kube-proxy and containerd: %1 GiB before rounding.</source>
        <translation>EKS on Fargate は kubelet、kube-proxy、containerd 用に各 Pod へ 256 MiB を加えます。切り上げ前で %1 GiB です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows on Fargate runs on x86_64 only: priced as x86_64.</source>
        <translation>Fargate の Windows は x86_64 でのみ実行できます。x86_64 として計算しています。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fargate Spot is for ECS tasks on Linux x86_64 only: priced on-demand.</source>
        <translation>Fargate Spot は Linux x86_64 の ECS タスク専用です。オンデマンドで計算しています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fargate has no reserved capacity (use Savings Plans): priced on-demand.</source>
        <translation>Fargate にはリザーブドキャパシティがありません (Savings Plans を利用してください)。オンデマンドで計算しています。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fargate %1 vCPU</source>
        <translation>Fargate %1 vCPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fargate %1 memory</source>
        <translation>Fargate %1 メモリ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No Fargate task size has %1 vCPU and %2 GiB for %3.</source>
        <translation>%3 で %1 vCPU・%2 GiB を満たす Fargate のタスクサイズはありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fargate rounded %1 vCPU / %2 GiB up to %3 vCPU / %4 GiB, the cheapest task size that fits; the difference is over-provisioning.</source>
        <translation>Fargate では %1 vCPU / %2 GiB を、収まる最安のタスクサイズ %3 vCPU / %4 GiB に切り上げました。差分は余剰容量 (オーバープロビジョニング) です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 task × %2 h × (%3 vCPU × %4 + %5 GB × %6 USD/h)</source>
        <translation>%1 タスク × %2 時間 × (%3 vCPU × %4 + %5 GB × %6 USD/時間)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 vCPU / %2 GiB paid above the %3 vCPU / %4 GiB asked for</source>
        <translation>必要な %3 vCPU / %4 GiB を超えて支払う %1 vCPU / %2 GiB</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the Windows OS licence</source>
        <translation>Windows OS ライセンス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows OS licence: %1 vCPU × %2 task × %3 h</source>
        <translation>Windows OS ライセンス: %1 vCPU × %2 タスク × %3 時間</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fargate ephemeral storage</source>
        <translation>Fargate エフェメラルストレージ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ephemeral storage: %1 GB above the 20 GB included × %2 task × %3 h</source>
        <translation>エフェメラルストレージ: 無料分 20 GB を超える %1 GB × %2 タスク × %3 時間</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Priced on %1, the cheapest %2 instance type here that holds a task.</source>
        <translation>タスクが収まる、このリージョンで最安の %2 インスタンスタイプ %1 で計算しています。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 cannot hold one %2 vCPU / %3 GiB task after the host keeps back %4 vCPU / %5 GiB: priced on %6.</source>
        <translation>ホストが %4 vCPU / %5 GiB を確保すると、%1 には %2 vCPU / %3 GiB のタスクが 1 つも収まりません。%6 で計算しています。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The price books hold Linux instance prices: Windows licences are not included.</source>
        <translation>価格表は Linux インスタンスの価格です。Windows ライセンスは含まれていません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is an %2 instance type and cannot run %3 images.</source>
        <translation>%1 は %2 のインスタンスタイプで、%3 のイメージを実行できない。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose %1, the same size for %2.</source>
        <translation>%2 用の同じサイズ %1 を選んでください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 places tasks against the memory its agent registers: %2 % of an instance&apos;s size, what the OS reports (source: %3).</source>
        <translation>%1 はエージェントが登録したメモリにタスクを配置する。登録されるのは OS が報告する値で、インスタンスサイズの %2% (出典: %3)。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The instance type %1 has no price in %2.</source>
        <translation>インスタンスタイプ %1 には %2 での価格がありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No instance type here holds a %1 vCPU / %2 GiB task.</source>
        <translation>このリージョンには %1 vCPU / %2 GiB のタスクが収まるインスタンスタイプがありません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 nodes hold only %2 of the %3 tasks.</source>
        <translation>%1 ノードには %3 タスクのうち %2 タスクしか収まりません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ROSA runs at least 2 worker nodes.</source>
        <translation>ROSA では少なくとも 2 つのワーカーノードを実行します。</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Each %1 keeps back %2 vCPU / %3 GiB for its agent: %n task(s) a host.</source>
        <translation>
            <numerusform>各 %1 はエージェント用に %2 vCPU / %3 GiB を確保します。ホストあたり %n タスクです。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>Your own %n host(s) run the tasks: the servers, power and network are yours and not included. Reaching VPC resources needs Direct Connect or Site-to-Site VPN.</source>
        <translation>
            <numerusform>自前の %n 台のホストでタスクを実行します。サーバー、電源、ネットワークはお客様の負担で、ここには含まれていません。VPC のリソースに接続するには Direct Connect または Site-to-Site VPN が必要です。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+158"/>
        <source>%1 cannot be mounted from %2: not added to its total.</source>
        <translation>%1 は %2 からマウントできない。合計には加算していない。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 does not cover %2: not added to its total.</source>
        <translation>%1 は %2 を対象としない。合計には加算していない。</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>images pushed: %1, rescans: %2</source>
        <translation>プッシュされたイメージ: %1、再スキャン: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>instances scanned: %1</source>
        <translation>スキャン対象インスタンス: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vCPUs watched: %1</source>
        <translation>監視対象 vCPU: %1</translation>
    </message>
    <message>
        <location line="-304"/>
        <source>%1 × %2 × %3 h × %4 USD/h</source>
        <translation>%1 × %2 × %3 時間 × %4 USD/時間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capacity of %1 × %2 paid for but not asked for</source>
        <translation>必要量を超えて支払う %1 × %2 の容量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The price of %1 is an estimate.</source>
        <translation>%1 の価格は概算です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the ROSA worker fee</source>
        <translation>ROSA ワーカー料金</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ROSA service fee: %1 × 4 vCPU × %2 h</source>
        <translation>ROSA サービス料金: %1 × 4 vCPU × %2 時間</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the ROSA cluster fee</source>
        <translation>ROSA クラスター料金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROSA cluster fee: %1 cluster × %2 h</source>
        <translation>ROSA クラスター料金: %1 クラスター × %2 時間</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>ECS Anywhere</source>
        <translation>ECS Anywhere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ECS Anywhere: %1 host × %2 h × %3 USD/h</source>
        <translation>ECS Anywhere: %1 ホスト × %2 時間 × %3 USD/時間</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your own hosts run the cluster: the servers, power and network are yours and not included.</source>
        <translation>自前のホストでクラスターを実行します。サーバー、電源、ネットワークはお客様の負担で、ここには含まれていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the EKS Anywhere subscription</source>
        <translation>EKS Anywhere サブスクリプション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EKS Anywhere Enterprise Subscription: %1 cluster</source>
        <translation>EKS Anywhere Enterprise Subscription: %1 クラスター</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No Lightsail container power has %1 vCPU and %2 GiB.</source>
        <translation>%1 vCPU・%2 GiB を満たす Lightsail コンテナのパワーはありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lightsail runs one node of the %1 power (%2 vCPU / %3 GB) per task at a fixed monthly price.</source>
        <translation>Lightsail はタスクごとに %1 パワー (%2 vCPU / %3 GB) のノードを 1 つ、月額固定料金で実行します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lightsail cannot pull images from ECR: push them to the container service.</source>
        <translation>Lightsail は ECR からイメージをプルできません。コンテナサービスにプッシュしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lightsail pulls from a private ECR repository only after you grant it access; the deck (slide 8) says to push images to the container service.</source>
        <translation>Lightsail がプライベート ECR リポジトリからプルできるのは、アクセスを許可した後だけです。資料 (スライド 8) ではイメージをコンテナサービスにプッシュするよう説明しています。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 × %2 node × %3 USD/month</source>
        <translation>%1 × %2 ノード × %3 USD/月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capacity of the %1 power paid for but not asked for</source>
        <translation>必要量を超えて支払う %1 パワーの容量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 power&apos;s price is an estimate.</source>
        <translation>%1 パワーの価格は概算です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>App Runner vCPU</source>
        <translation>App Runner vCPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App Runner memory</source>
        <translation>App Runner メモリ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No App Runner instance size has %1 vCPU and %2 GiB.</source>
        <translation>%1 vCPU・%2 GiB を満たす App Runner のインスタンスサイズはありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>App Runner is priced with every instance active for the whole period.</source>
        <translation>App Runner は全インスタンスが期間中ずっとアクティブとして計算しています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 instance × %2 h × (%3 vCPU × %4 + %5 GB × %6 USD/h)</source>
        <translation>%1 インスタンス × %2 時間 × (%3 vCPU × %4 + %5 GB × %6 USD/時間)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 vCPU / %2 GiB paid above what was asked for</source>
        <translation>必要量を超えて支払う %1 vCPU / %2 GiB</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lambda functions have at most 10,240 MB of memory.</source>
        <translation>Lambda 関数のメモリは最大 10,240 MB です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lambda stops a call after 15 minutes: a %1 s run does not fit.</source>
        <translation>Lambda の呼び出しは 15 分で停止します。%1 秒の実行は収まりません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set the requests a month and the average duration to price Lambda.</source>
        <translation>Lambda の料金を計算するには、月間リクエスト数と平均実行時間を設定してください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The monthly free tier (400,000 GB-s and 1M requests) is applied.</source>
        <translation>毎月の無料利用枠 (400,000 GB 秒と 100 万リクエスト) を適用しています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No free tier applied.</source>
        <translation>無料利用枠は適用していません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lambda %1 duration</source>
        <translation>Lambda %1 実行時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 GB-s (%2 requests × %3 ms × %4 GB)</source>
        <translation>%1 GB 秒 (%2 リクエスト × %3 ミリ秒 × %4 GB)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lambda requests</source>
        <translation>Lambda リクエスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 requests</source>
        <translation>%1 リクエスト</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>%1: %2 GB × %3 USD/GB-month</source>
        <translation>%1: %2 GB × %3 USD/GB-月</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>no charge</source>
        <translation>料金なし</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 GB scanned</source>
        <translation>スキャン %1 GB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 web ACL; rules and requests not included</source>
        <translation>ウェブ ACL 1 つ (ルールとリクエストは含まない)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>subscription</source>
        <translation>サブスクリプション</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 endpoint; data processed not included</source>
        <translation>エンドポイント 1 つ (データ処理量は含まない)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+216"/>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
</context>
<context>
    <name>DocumentRecovery</name>
    <message>
        <location filename="../../models/DocumentRecovery.cpp" line="+190"/>
        <source>cannot be read: %1</source>
        <translation>読み込めません: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not JSON at byte %1: %2</source>
        <translation>%1 バイト目で JSON として読めません: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>must be an object</source>
        <translation>オブジェクトにする必要があります</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>must be &quot;%1&quot;</source>
        <translation>「%1」にする必要があります</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be 1</source>
        <translation>1 にする必要があります</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be an ISO 8601 date and time</source>
        <translation>ISO 8601 の日時にする必要があります</translation>
    </message>
</context>
<context>
    <name>EntryDetailView</name>
    <message>
        <location filename="../../app/catalog/EntryDetailView.cpp" line="+26"/>
        <source>Runs on</source>
        <translation>実行先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orchestrator</source>
        <translation>オーケストレーター</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Managed control plane</source>
        <translation>マネージドコントロールプレーン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portable beyond AWS</source>
        <translation>AWS 外への移植性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulls images from ECR</source>
        <translation>ECR からのイメージ取得</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open to new customers</source>
        <translation>新規のお客様の利用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Successor</source>
        <translation>後継</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest run (minutes)</source>
        <translation>最長実行時間 (分)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage it can mount</source>
        <translation>マウントできるストレージ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage it can mount, by runtime</source>
        <translation>ランタイムごとのマウントできるストレージ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pricing</source>
        <translation>料金体系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runtime</source>
        <translation>ランタイム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Architectures</source>
        <translation>アーキテクチャ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serverless</source>
        <translation>サーバーレス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spot capacity</source>
        <translation>スポットキャパシティ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On premises</source>
        <translation>オンプレミス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>サービス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multi-AZ</source>
        <translation>マルチ AZ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared across hosts</source>
        <translation>ホスト間で共有</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mounts from</source>
        <translation>マウント元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access</source>
        <translation>アクセス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container-specific</source>
        <translation>コンテナ専用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applies to</source>
        <translation>対象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services that choose where they run</source>
        <translation>実行先を自分で選ぶサービス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billed</source>
        <translation>課金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detects</source>
        <translation>検出対象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notifies through</source>
        <translation>通知先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer</source>
        <translation>レイヤー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Targets</source>
        <translation>対象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vendor</source>
        <translation>ベンダー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open source</source>
        <translation>オープンソース</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>slide %1</source>
        <translation>スライド %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>source, read %1</source>
        <translation>出典、%1 に確認</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>estimate</source>
        <translation>概算</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>confirmed</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Details of the selected entry</source>
        <translation>選択した項目の詳細</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select an entry to see its details.</source>
        <translation>項目を選択すると詳細が表示されます。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>What the deck says</source>
        <translation>資料の説明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cautions</source>
        <translation>注意点</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Capabilities</source>
        <translation>機能</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>How it rates</source>
        <translation>評価</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>What each host keeps back</source>
        <translation>各ホストが確保するリソース</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Prices in %1</source>
        <translation>%1 の価格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prices</source>
        <translation>価格</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>unknown: no published price here</source>
        <translation>不明: このリージョンの公開価格はありません</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>%1 (%2 vCPU, %3 GiB)</source>
        <translation>%1 (%2 vCPU、%3 GiB)</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Free.</source>
        <translation>無料。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priced as what it runs on (see the Compare page).</source>
        <translation>実行先の料金がかかります (比較ページを参照)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No price for this in the region&apos;s price book: shown as unknown.</source>
        <translation>このリージョンの価格表に価格がありません。「不明」と表示します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What</source>
        <translation>項目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>As of</source>
        <translation>時点</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confidence</source>
        <translation>確度</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Documentation</source>
        <translation>ドキュメント</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../app/shell/ExportActions.cpp" line="+154"/>
        <source>Export &amp;PDF…</source>
        <translation>PDF をエクスポート(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the comparison as a PDF handout</source>
        <translation>比較結果を PDF の配布資料として書き出します</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+4"/>
        <source>Export PDF</source>
        <translation>PDF をエクスポート</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+12"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Write the presentation&apos;s slides as a 16:9 PDF</source>
        <translation>プレゼンテーションのスライドを 16:9 の PDF で書き出します</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+5"/>
        <source>Export Slides</source>
        <translation>スライドをエクスポート</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>-slides</source>
        <translation>-スライド</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Export &amp;CSV…</source>
        <translation>CSV をエクスポート(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the comparison table as CSV: plain numbers, units in the headers</source>
        <translation>比較表を CSV で保存します (数値のみ、単位は見出しに記載)</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+4"/>
        <source>Export CSV</source>
        <translation>CSV をエクスポート</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Export S&amp;lides…</source>
        <translation>スライドをエクスポート(&amp;L)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy &amp;Table</source>
        <translation>表をコピー(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the comparison as a table that pastes into a spreadsheet</source>
        <translation>比較結果をスプレッドシートに貼り付けられる表としてコピーします</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page Set&amp;up…</source>
        <translation>ページ設定(&amp;U)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print Pre&amp;view…</source>
        <translation>印刷プレビュー(&amp;V)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pr&amp;int…</source>
        <translation>印刷(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Present</source>
        <translation>プレゼンテーション(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the comparison as full-screen slides (Esc leaves, E edits live)</source>
        <translation>比較結果を全画面のスライドで表示します (Esc で終了、E でその場で編集)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present the comparison full screen (F5)</source>
        <translation>比較結果を全画面で発表 (F5)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Comparison copied as a table</source>
        <translation>比較結果を表としてコピーしました</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1: done</source>
        <translation>%1: 完了</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Print Preview</source>
        <translation>印刷プレビュー</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../../app/cli/ExportCommand.cpp" line="-125"/>
        <source>%1: %2 is a folder, not a file name</source>
        <translation>%1: %2 はフォルダーで、ファイル名ではありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: フォルダー %2 がありません</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>say what to write: --pdf OUT.pdf or --slides OUT.pdf</source>
        <translation>書き出すものを指定してください: --pdf OUT.pdf または --slides OUT.pdf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--pdf and --slides name the same file</source>
        <translation>--pdf と --slides に同じファイルが指定されています</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--page-size: unknown page size &quot;%1&quot;; expected one of: A4, Letter</source>
        <translation>--page-size: 不明な用紙サイズ「%1」です。A4、Letter のいずれかを指定してください</translation>
    </message>
</context>
<context>
    <name>Fit</name>
    <message>
        <location filename="../../models/Comparison.cpp" line="+58"/>
        <source>Fits</source>
        <translation>実行可能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fits with changes</source>
        <translation>変更すれば実行可能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot run this workload</source>
        <translation>このワークロードは実行不可</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <location filename="../../app/shell/GuiMain.cpp" line="+9"/>
        <source>unknown page &quot;%1&quot;: use compare, services, runtimes, storage, security, iac or learn</source>
        <translation>不明なページ「%1」です。compare、services、runtimes、storage、security、iac、learn のいずれかを指定してください</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--size takes WIDTHxHEIGHT, for example 1280x800</source>
        <translation>--size には WIDTHxHEIGHT を指定します (例: 1280x800)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>only one scenario file can be opened</source>
        <translation>開けるシナリオファイルは 1 つだけです</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>cannot write %1</source>
        <translation>%1 に書き込めません</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <location filename="../../models/JsonReader.cpp" line="+28"/>
        <source>must be between %1 and %2</source>
        <translation>%1 から %2 の間にする必要があります</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be at least %1</source>
        <translation>%1 以上にする必要があります</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be at most %1</source>
        <translation>%1 以下にする必要があります</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+236"/>
        <source>must be a finite number</source>
        <translation>有限の数値にする必要があります</translation>
    </message>
    <message>
        <location line="-216"/>
        <source>file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a JSON object, found %1</source>
        <translation>JSON オブジェクトが必要です (見つかった値: %1)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>syntax error at line %1, column %2: %3</source>
        <translation>%1 行 %2 列目に構文エラーがあります: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file ends too early</source>
        <translation>ファイルが途中で終わっています</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a JSON object, found an array</source>
        <translation>JSON オブジェクトが必要ですが、配列があります</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a boolean</source>
        <translation>真偽値</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an array</source>
        <translation>配列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing</source>
        <translation>値なし</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+62"/>
        <location line="+23"/>
        <location line="+46"/>
        <location line="+26"/>
        <source>is missing</source>
        <translation>がありません</translation>
    </message>
    <message>
        <location line="-136"/>
        <location line="+207"/>
        <source>expected a string, found %1</source>
        <translation>文字列が必要です (見つかった値: %1)</translation>
    </message>
    <message>
        <location line="-202"/>
        <location line="+204"/>
        <source>must not be empty</source>
        <translation>空にはできません</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>unknown value %1; expected one of: %2</source>
        <translation>不明な値 %1 です。次のいずれかを指定してください: %2</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>expected a number, found %1</source>
        <translation>数値が必要です (見つかった値: %1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be a whole number</source>
        <translation>整数にする必要があります</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>expected true or false, found %1</source>
        <translation>true か false が必要です (見つかった値: %1)</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+34"/>
        <source>expected an object, found %1</source>
        <translation>オブジェクトが必要です (見つかった値: %1)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>expected an array, found %1</source>
        <translation>配列が必要です (見つかった値: %1)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>expected a date like 2026-09-05 or a month like 2026-09, found %1</source>
        <translation>2026-09-05 のような日付か 2026-09 のような年月が必要です (見つかった値: %1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>expected %1, found %2</source>
        <translation>%1 が必要です (見つかった値: %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>version 1</source>
        <translation>バージョン 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>versions 1 to %1</source>
        <translation>バージョン 1〜%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsupported version %1; this build reads %2</source>
        <translation>バージョン %1 には対応していません。このビルドが読めるのは %2 です</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown key; expected one of: %1</source>
        <translation>不明なキーです。次のいずれかを指定してください: %1</translation>
    </message>
</context>
<context>
    <name>LearnPage</name>
    <message>
        <location filename="../../app/catalog/LearnPage.cpp" line="+33"/>
        <source>Topics</source>
        <translation>トピック</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Topic text</source>
        <translation>トピックの本文</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>How to read the numbers</source>
        <translation>数値の読み方</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>What the deck says</source>
        <translation>資料の説明</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>slide %1</source>
        <translation>スライド %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cautions</source>
        <translation>注意点</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read more</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h1&gt;How to read the numbers&lt;/h1&gt;&lt;p&gt;&lt;b&gt;Money is kept in USD.&lt;/b&gt; The display currency is a choice of yours, with your rate and rounding (the deck uses 1 USD = 155 JPY and truncates to the yen). USD is shown beside it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;A month&lt;/b&gt; is 730 hours unless the scenario says otherwise — the AWS Pricing Calculator&apos;s convention. The deck&apos;s slide 16 uses 30.5 days × 24 hours = 732 hours.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Every price has a source, a date and a confidence.&lt;/b&gt; Confirmed prices come from AWS or from data regenerated from AWS&apos;s APIs. A price nobody could confirm is marked ⚠ &lt;i&gt;estimate&lt;/i&gt;. A price that is not known at all is shown as &lt;i&gt;unknown&lt;/i&gt; and left out of a total, never counted as zero: an option with an unknown price is not called the cheapest.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Notes&lt;/b&gt; under the comparison say what the cost model did for you: Fargate rounds a task up to the next size it sells (the difference is the over-provisioning line), EC2 packs tasks onto hosts after what each host keeps back for its agent, EKS adds its cluster fee.&lt;/p&gt;&lt;p&gt;Prices change. Check them on the AWS pricing pages before you buy.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;数値の読み方&lt;/h1&gt;&lt;p&gt;&lt;b&gt;金額は USD で保持しています。&lt;/b&gt;表示通貨は、レートと端数処理とともに自由に選べます (資料では 1 USD = 155 JPY とし、円未満を切り捨てています)。USD の金額も併記します。&lt;/p&gt;&lt;p&gt;&lt;b&gt;1 か月&lt;/b&gt;は、シナリオで指定しない限り 730 時間です (AWS Pricing Calculator の方式)。資料のスライド 16 では 30.5 日 × 24 時間 = 732 時間としています。&lt;/p&gt;&lt;p&gt;&lt;b&gt;すべての価格には出典、日付、確度があります。&lt;/b&gt;確認済みの価格は AWS、または AWS の API から再生成したデータに基づきます。誰も確認できなかった価格には ⚠ &lt;i&gt;概算&lt;/i&gt; と表示します。まったく分からない価格は &lt;i&gt;不明&lt;/i&gt; と表示し、0 として数えず合計から除外します。不明な価格を含む構成を最安とは表示しません。&lt;/p&gt;&lt;p&gt;比較の下の&lt;b&gt;注記&lt;/b&gt;は、コストモデルが行った処理を説明します。Fargate はタスクを販売されている次のサイズに切り上げます (差分は「余剰容量」の行)。EC2 は各ホストがエージェント用に確保する分を除いてタスクをホストに詰め込みます。EKS はクラスター料金を加えます。&lt;/p&gt;&lt;p&gt;価格は変わります。購入前に AWS の料金ページで確認してください。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>LineKind</name>
    <message>
        <location filename="../../models/Comparison.cpp" line="-36"/>
        <source>Compute</source>
        <translation>コンピューティング</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Control plane</source>
        <translation>コントロールプレーン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service fee</source>
        <translation>サービス料金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over-provisioning</source>
        <translation>余剰容量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage</source>
        <translation>ストレージ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>セキュリティ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>リクエスト</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/shell/MainWindow.cpp" line="+61"/>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your workload, priced on every option</source>
        <translation>ワークロードの料金をすべての構成で計算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>サービス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ECS, EKS, Lightsail, Beanstalk, App Runner, … and how they compare</source>
        <translation>ECS、EKS、Lightsail、Beanstalk、App Runner などの比較</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runtimes</source>
        <translation>ランタイム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EC2, Fargate and Anywhere: what the containers run on</source>
        <translation>EC2、Fargate、Anywhere: コンテナの実行基盤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage</source>
        <translation>ストレージ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EBS, EFS, FSx and S3</source>
        <translation>EBS、EFS、FSx、S3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>セキュリティ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspector, GuardDuty, WAF, Shield, Network Firewall</source>
        <translation>Inspector、GuardDuty、WAF、Shield、Network Firewall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IaC</source>
        <translation>IaC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CloudFormation, CDK, Terraform, Ansible, ecspresso, Helm, eksctl</source>
        <translation>CloudFormation、CDK、Terraform、Ansible、ecspresso、Helm、eksctl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learn</source>
        <translation>解説</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Containers vs VMs, LXC vs Docker</source>
        <translation>コンテナと VM、LXC と Docker</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a new comparison with the deck&apos;s options (Ctrl+N)</source>
        <translation>資料の構成で新しい比較を始めます (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a scenario file (Ctrl+O)</source>
        <translation>シナリオファイルを開きます (Ctrl+O)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the scenario (Ctrl+S)</source>
        <translation>シナリオを保存します (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>&amp;Preferences…</source>
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Prices as of</source>
        <translation>価格の時点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date of the newest price in the region&apos;s book. Click to update the prices.</source>
        <translation>リージョンの価格表で最も新しい価格の日付です。クリックすると価格を更新できます。</translation>
    </message>
    <message>
        <location line="+139"/>
        <location line="+112"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+105"/>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>&amp;Find in Catalog</source>
        <translation>カタログを検索(&amp;F)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Examples</source>
        <translation>サンプル(&amp;E)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Prices…</source>
        <translation>価格(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Container Compare</source>
        <translation>Container Compare について(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Undo %1</source>
        <translation>元に戻す: %1(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo %1</source>
        <translation>やり直す: %1(&amp;R)</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>No option can be priced completely</source>
        <translation>すべての価格が判明している構成はありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>prices as of %1 (%2)</source>
        <translation>%1 時点の価格 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no prices for %1</source>
        <translation>%1 の価格なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>estimates: %1</source>
        <translation>概算: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 hours</source>
        <translation>%1 時間</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Container Compare for AWS</source>
        <translation>Container Compare for AWS</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot open the scenario</source>
        <translation>シナリオを開けません</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot open the example</source>
        <translation>サンプルを開けません</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot save the scenario</source>
        <translation>シナリオを保存できません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” has changes that are not saved. Save them first?</source>
        <translation>「%1」には保存されていない変更があります。先に保存しますか?</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>&amp;Clear the List</source>
        <translation>一覧を消去(&amp;C)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Open Scenario</source>
        <translation>シナリオを開く</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenarios (*.ccompare *.json);;All files (*)</source>
        <translation>シナリオ (*.ccompare *.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save Scenario</source>
        <translation>シナリオを保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenarios (*.ccompare);;JSON (*.json)</source>
        <translation>シナリオ (*.ccompare);;JSON (*.json)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>About Container Compare for AWS</source>
        <translation>Container Compare for AWS について</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Container Compare for AWS %1&lt;/h3&gt;&lt;p&gt;Puts the ways of running containers on AWS side by side, in capability and in money, for a workload you describe.&lt;/p&gt;&lt;p&gt;Every price carries its source, the date it was true and whether it is confirmed or an estimate. Prices here are as of %2. Check them before you buy.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Container Compare for AWS %1&lt;/h3&gt;&lt;p&gt;入力したワークロードについて、AWS でコンテナを実行するさまざまな方法を機能と料金の両面から並べて比較します。&lt;/p&gt;&lt;p&gt;すべての価格には出典、その価格が有効だった日付、確認済みか概算かが付いています。ここでの価格は %2 時点のものです。購入前に確認してください。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Restore unsaved changes</source>
        <translation>未保存の変更を復元</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Cheapest: %1</source>
        <translation>最安: %1</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>Restored the unsaved changes of “%1”</source>
        <translation>「%1」の未保存の変更を復元しました</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Container Compare for AWS did not close normally. “%1”, never saved, had changes kept at %2. Restore them?</source>
        <translation>Container Compare for AWS は正常に終了しませんでした。一度も保存されていない「%1」の変更が %2 の時点で残っています。復元しますか?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Container Compare for AWS did not close normally. “%1” (%2) had changes that were not saved, kept at %3. Restore them?</source>
        <translation>Container Compare for AWS は正常に終了しませんでした。「%1」(%2) の保存されていない変更が %3 の時点で残っています。復元しますか?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recover unsaved changes</source>
        <translation>未保存の変更の復元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later keeps the copy and asks again at the next start.</source>
        <translation>「後で」を選ぶとコピーを残し、次回の起動時にもう一度確認します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later</source>
        <translation>後で(&amp;L)</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <location filename="../../app/ui/NumberField.cpp" line="+33"/>
        <location line="+8"/>
        <source>Type a number</source>
        <translation>数値を入力してください</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>At most %1</source>
        <translation>%1 以下</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least %1</source>
        <translation>%1 以上</translation>
    </message>
</context>
<context>
    <name>OfferFileReader</name>
    <message>
        <location filename="../../app/cli/PricesCommand.cpp" line="-246"/>
        <location filename="../../models/OfferFileReader.cpp" line="+954"/>
        <source>cannot be read: %1</source>
        <translation>読み込めません: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../models/OfferFileReader.cpp" line="-176"/>
        <source>read error: %1</source>
        <translation>読み取りエラー: %1</translation>
    </message>
    <message>
        <location filename="../../models/OfferFileReader.cpp" line="-459"/>
        <source>not an AWS Price List offer file: the top level is an array, not an object</source>
        <translation>AWS Price List のオファーファイルではありません: 最上位がオブジェクトではなく配列です</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;products&quot; is an array: this is a Savings Plans file, not a regional offer file</source>
        <translation>「products」が配列です: リージョン別のオファーファイルではなく Savings Plans のファイルです</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+95"/>
        <source>a product must be an object</source>
        <translation>製品はオブジェクトにする必要があります</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>&quot;terms&quot; must be an object</source>
        <translation>「terms」はオブジェクトにする必要があります</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>offer &quot;%1&quot; is not one we import; expected one of: %2</source>
        <translation>オファー「%1」はインポートの対象外です。次のいずれかを指定してください: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>must be an object</source>
        <translation>オブジェクトにする必要があります</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the price must be a decimal string such as &quot;0.0404800000&quot;</source>
        <translation>価格は「0.0404800000」のような 10 進数の文字列にする必要があります</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>SKU %1 has a second set of on-demand terms (first at %2)</source>
        <translation>SKU %1 にオンデマンドの条件がもう 1 組あります (最初は %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SKU %1 has two on-demand terms; which one applies is unclear</source>
        <translation>SKU %1 にオンデマンドの条件が 2 つあり、どちらが適用されるか分かりません</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>the product&apos;s sku &quot;%1&quot; differs from its key &quot;%2&quot;</source>
        <translation>製品の sku「%1」がキー「%2」と一致しません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>duplicate SKU %1</source>
        <translation>SKU %1 が重複しています</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>products of two regions, %1 and %2 (at %3): import a regional file</source>
        <translation>2 つのリージョン (%1 と %2) の製品があります (%3): リージョン別のファイルをインポートしてください</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>byte %1</source>
        <translation>%1 バイト目</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file ends early, inside %1 (truncated download?)</source>
        <translation>ファイルが %1 の途中で終わっています (ダウンロードが途中で切れた可能性があります)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not valid JSON: %1</source>
        <translation>正しい JSON ではありません: %1</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>not an AWS Price List offer file: it has no &quot;offerCode&quot;</source>
        <translation>AWS Price List のオファーファイルではありません:「offerCode」がありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the terms come before the products and the input cannot be read twice</source>
        <translation>terms が products より前にあり、入力を 2 回読むことができません</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>SKU %1 has an on-demand term without a price</source>
        <translation>SKU %1 のオンデマンドの条件に価格がありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SKU %1: a price dimension has no USD price</source>
        <translation>SKU %1: 価格ディメンションに USD の価格がありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SKU %1: the price &quot;%2&quot; is not a number</source>
        <translation>SKU %1: 価格「%2」は数値ではありません</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>SKU %1 (%2) has %3 price dimensions; the mapping reads it as one price</source>
        <translation>SKU %1 (%2) には価格ディメンションが %3 個ありますが、マッピングでは 1 つの価格として読みます</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>SKU %1: the tiers do not follow each other (a tier begins at &quot;%2&quot;)</source>
        <translation>SKU %1: 段階が連続していません (「%2」から始まる段階があります)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SKU %1: a tier before the last one is open-ended</source>
        <translation>SKU %1: 最後より前の段階に上限がありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SKU %1: the tier from &quot;%2&quot; has no usable end &quot;%3&quot;</source>
        <translation>SKU %1:「%2」からの段階の終わり「%3」が使えません</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>SKU %1 and SKU %2 both give %3</source>
        <translation>SKU %1 と SKU %2 がどちらも %3 を示しています</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>SKU %1 and SKU %2 are both the on-demand Linux price of %3</source>
        <translation>SKU %1 と SKU %2 がどちらも %3 のオンデマンド Linux 価格です</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>no usable product: none of its %1 products is an on-demand price we map for %2</source>
        <translation>使える製品がありません: %1 個の製品のどれも、%2 についてマッピングしているオンデマンド価格ではありません</translation>
    </message>
</context>
<context>
    <name>OptionEditor</name>
    <message>
        <location filename="../../app/compare/OptionEditor.cpp" line="+34"/>
        <location line="+322"/>
        <source>Selected option</source>
        <translation>選択した構成</translation>
    </message>
    <message>
        <location line="-287"/>
        <source>Option label</source>
        <translation>構成のラベル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Label</source>
        <translation>ラベル(&amp;L)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Runs on</source>
        <translation>実行先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs &amp;on</source>
        <translation>実行先(&amp;O)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Instance type</source>
        <translation>インスタンスタイプ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The EC2 type the hosts run on, with its size and on-demand price here</source>
        <translation>ホストに使う EC2 のタイプ (サイズとこのリージョンのオンデマンド料金付き)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Instance</source>
        <translation>インスタンス(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The instance type runs another architecture than the option: switch to the same size for the option&apos;s architecture</source>
        <translation>インスタンスタイプのアーキテクチャが選択肢と異なります。選択肢のアーキテクチャで同じサイズに切り替えます</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Option region</source>
        <translation>構成のリージョン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gion</source>
        <translation>リージョン(&amp;G)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Option architecture</source>
        <translation>構成のアーキテクチャ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;rch</source>
        <translation>アーキテクチャ(&amp;R)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Option purchase option</source>
        <translation>構成の購入オプション</translation>
    </message>
    <message>
        <location line="+88"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Option discount in percent</source>
        <translation>構成の割引率 (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Buy</source>
        <translation>購入(&amp;B)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>EKS support tier</source>
        <translation>EKS サポート階層</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard support</source>
        <translation>標準サポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extended support</source>
        <translation>延長サポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A cluster left on an old Kubernetes version moves to extended support, which costs six times as much an hour</source>
        <translation>古い Kubernetes バージョンのままのクラスターは延長サポートに移行し、1 時間あたりの料金が 6 倍になります</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Support</source>
        <translation>サポート(&amp;S)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Reserved memor&amp;y</source>
        <translation>予約メモリ(&amp;Y)</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Clusters</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cl&amp;usters</source>
        <translation>クラスター(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Nodes</source>
        <translation>ノード(&amp;N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nodes, 0 for as many as the tasks need</source>
        <translation>ノード数 (0 ならタスクに必要なだけ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as the tasks need</source>
        <translation>タスクに必要なだけ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tasks for this option, 0 for the workload&apos;s</source>
        <translation>この構成のタスク数 (0 ならワークロードの値)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T&amp;asks</source>
        <translation>タスク(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+5"/>
        <source>the workload&apos;s</source>
        <translation>ワークロードの値</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>vCPU for this option, 0 for the workload&apos;s</source>
        <translation>この構成の vCPU (0 ならワークロードの値)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>v&amp;CPU</source>
        <translation>vCPU(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source> vCPU</source>
        <translation> vCPU</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>&amp;Memory</source>
        <translation>メモリ(&amp;M)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Memory for this option in GiB, 0 for the workload&apos;s</source>
        <translation>この構成のメモリ (GiB、0 ならワークロードの値)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Registere&amp;d memory</source>
        <translation>登録メモリ(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of an instance&apos;s memory the agent registers, 0 for the catalog&apos;s</source>
        <translation>エージェントが登録するインスタンスメモリの割合。0 でカタログの値</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <location line="+6"/>
        <source>the catalog&apos;s</source>
        <translation>カタログの値</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The agent registers the memory the OS reports, a little below the instance&apos;s size; tasks are placed against what was registered.</source>
        <translation>エージェントは OS が報告するメモリ (インスタンスサイズより少し小さい) を登録し、タスクは登録された範囲に配置されます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Memory each host keeps back in MiB (ECS_RESERVED_MEMORY)</source>
        <translation>各ホストが確保しておくメモリ (MiB、ECS_RESERVED_MEMORY)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>vCPU each host keeps back</source>
        <translation>各ホストが確保しておく vCPU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reserved vC&amp;PU</source>
        <translation>予約 vCPU(&amp;P)</translation>
    </message>
    <message>
        <location line="-199"/>
        <source>Apply the monthly free tier</source>
        <translation>毎月の無料利用枠を適用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply Lambda&apos;s monthly free tier</source>
        <translation>Lambda の毎月の無料利用枠を適用</translation>
    </message>
    <message>
        <location line="+211"/>
        <source>The scenario&apos;s region</source>
        <translation>シナリオのリージョン</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workload&apos;s</source>
        <translation>ワークロードの値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x86_64</source>
        <translation>x86_64</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>arm64 (Graviton)</source>
        <translation>arm64 (Graviton)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On-demand</source>
        <translation>オンデマンド</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Automatic: the cheapest that holds a task</source>
        <translation>自動: タスクが収まる最安のもの</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 — %2 vCPU · %3 GiB · $%4/h</source>
        <translation>%1 — %2 vCPU · %3 GiB · $%4/時間</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · GPU: %1</source>
        <translation> · GPU: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (estimate)</source>
        <translation> (概算)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source %1, as of %2</source>
        <translation>出典 %1、%2 時点</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (no price in %2)</source>
        <translation>%1 (%2 に価格なし)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Selected option: %1</source>
        <translation>選択した構成: %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Use %1 (%2)</source>
        <translation>%1 を使う (%2)</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>The scenario&apos;s (%1)</source>
        <translation>シナリオの値 (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workload&apos;s (%1)</source>
        <translation>ワークロードの値 (%1)</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <location filename="../../app/compare/OptionsPanel.cpp" line="+48"/>
        <location line="+35"/>
        <source>Options to compare</source>
        <translation>比較する構成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticked options are compared. Space ticks, Delete removes.</source>
        <translation>チェックした構成を比較します。Space キーでチェック、Delete キーで削除します。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add Option</source>
        <translation>構成を追加</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add an option</source>
        <translation>構成を追加します</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy the selected option, to vary one thing (Ctrl+D)</source>
        <translation>選択した構成をコピーして一部だけ変えます (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove the selected option (Delete)</source>
        <translation>選択した構成を削除します (Delete)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 (copy)</source>
        <translation>%1 (コピー)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>asked for %1</source>
        <translation>指定は %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>extended support</source>
        <translation>延長サポート</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tasks: %1</source>
        <translation>タスク: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nodes: %1</source>
        <translation>ノード: %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1 vCPU / %2 GiB</source>
        <translation>%1 vCPU / %2 GiB</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>&amp;Duplicate Option</source>
        <translation>構成を複製(&amp;D)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;move Option</source>
        <translation>構成を削除(&amp;M)</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>, compared</source>
        <translation>、比較対象</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, left out</source>
        <translation>、比較対象外</translation>
    </message>
</context>
<context>
    <name>PdfFile</name>
    <message>
        <location filename="../../app/report/PdfFile.cpp" line="+23"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>PresentationEditStrip</name>
    <message>
        <location filename="../../app/present/PresentationEditStrip.cpp" line="+25"/>
        <source>Live edit</source>
        <translation>ライブ編集</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Tasks</source>
        <translation>タスク</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tasks</source>
        <translation>タスク(&amp;T)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>vCPU per task</source>
        <translation>タスクあたりの vCPU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;vCPU</source>
        <translation>vCPU(&amp;V)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory per task in GiB</source>
        <translation>タスクあたりのメモリ (GiB)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Memory</source>
        <translation>メモリ(&amp;M)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Region</source>
        <translation>リージョン(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Purchase option</source>
        <translation>購入オプション</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On-demand</source>
        <translation>オンデマンド</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Purchase</source>
        <translation>購入(&amp;P)</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+1"/>
        <source>E or Esc closes</source>
        <translation>E または Esc で閉じる</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Mixed</source>
        <translation>混在</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Change purchase option</source>
        <translation>購入オプションを変更</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../../app/present/PresentationWindow.cpp" line="+20"/>
        <location line="+1"/>
        <source>Presentation</source>
        <translation>プレゼンテーション</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>go to %1</source>
        <translation>%1 へ移動</translation>
    </message>
</context>
<context>
    <name>PriceBookLoader</name>
    <message>
        <location filename="../../models/PriceBookLoader.cpp" line="+38"/>
        <source>duplicate %1 %2 (first at %3)</source>
        <translation>%1 %2 が重複しています (最初は %3)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>folder is missing</source>
        <translation>フォルダーがありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a file, not a folder</source>
        <translation>はファイルで、フォルダーではありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>holds no price book (*.json)</source>
        <translation>には価格表 (*.json) がありません</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>file is missing</source>
        <translation>ファイルがありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a folder, not a file</source>
        <translation>はフォルダーで、ファイルではありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be read: %1</source>
        <translation>読み込めません: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>must be an AWS region code like &quot;ap-northeast-1&quot;, found %1</source>
        <translation>「ap-northeast-1」のような AWS リージョンコードにする必要があります (見つかった値: %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 belongs in %2, not in %3</source>
        <translation>%1 は %3 ではなく %2 に入れる必要があります</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>must list at least one source</source>
        <translation>出典を 1 つ以上挙げる必要があります</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>source id</source>
        <translation>出典 ID</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be an http(s):// address, found %1</source>
        <translation>http:// か https:// のアドレスにする必要があります (見つかった値: %1)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unknown source %1; $.sources has no such id</source>
        <translation>不明な出典 %1 です。$.sources にその ID はありません</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a confirmed price must be graded A, B or C, found %1; mark it an estimate</source>
        <translation>確認済みの価格の評価は A、B、C のいずれかにする必要があります (見つかった値: %1)。概算として扱ってください</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>must be dotted lowercase words like &quot;eks.cluster-hour.standard&quot;, found %1</source>
        <translation>「eks.cluster-hour.standard」のようにドットで区切った小文字の語にする必要があります (見つかった値: %1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give &quot;usd&quot; or &quot;tiers&quot;, not both</source>
        <translation>「usd」と「tiers」のどちらか一方を指定してください (両方は不可)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>must list at least two tiers; a single price is &quot;usd&quot;</source>
        <translation>段階を 2 つ以上挙げる必要があります。単一の価格は「usd」で指定します</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the last tier has no upper bound: leave &quot;upTo&quot; out</source>
        <translation>最後の段階には上限がありません。「upTo」は省略してください</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be greater than the previous tier&apos;s upTo (%1)</source>
        <translation>前の段階の upTo (%1) より大きくする必要があります</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>must be family.size like &quot;c7i.large&quot;, found %1</source>
        <translation>「c7i.large」のように「ファミリー.サイズ」の形にする必要があります (見つかった値: %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must name the GPU of a GPU type</source>
        <translation>GPU タイプには GPU 名が必要です</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give both spotUsdPerHourMin and spotUsdPerHourMax, or neither</source>
        <translation>spotUsdPerHourMin と spotUsdPerHourMax は両方指定するか、どちらも省略してください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must not exceed spotUsdPerHourMax</source>
        <translation>spotUsdPerHourMax 以下にする必要があります</translation>
    </message>
</context>
<context>
    <name>PriceBookStore</name>
    <message>
        <location filename="../../models/PriceBookStore.cpp" line="+348"/>
        <source>%1: cannot create the folder</source>
        <translation>%1: フォルダーを作成できません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: cannot be written: %2</source>
        <translation>%1: 書き込めません: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: cannot be removed: %2</source>
        <translation>%1: 削除できません: %2</translation>
    </message>
</context>
<context>
    <name>PriceListDownloader</name>
    <message>
        <location filename="../../models/PriceListDownloader.cpp" line="+252"/>
        <source>no data for %1 s (timed out)</source>
        <translation>%1 秒間データが届きません (タイムアウト)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no response</source>
        <translation>応答がありません</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>byte %1: not valid JSON: %2</source>
        <translation>%1 バイト目: 有効な JSON ではありません: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>$: not a JSON object</source>
        <translation>$: JSON オブジェクトではありません</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: $.offers: missing; not an AWS Price List offer index</source>
        <translation>%1: $.offers: ありません。AWS Price List のオファーインデックスではありません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: $.offers: none of the offers we read (%2) is listed</source>
        <translation>%1: $.offers: 読み込む対象のオファー (%2) がどれも載っていません</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: $.regions: missing or not an object; not a region index</source>
        <translation>%1: $.regions: ないか、オブジェクトではありません。リージョンインデックスではありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: $.regions.%2.currentVersionUrl: missing</source>
        <translation>%1: $.regions.%2.currentVersionUrl: ありません</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1: no region index lists this region (%2)</source>
        <translation>%1: このリージョンを載せたリージョンインデックスがありません (%2)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1: the folder cannot be made</source>
        <translation>%1: フォルダーを作成できません</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+166"/>
        <source>%1: cannot be written: %2</source>
        <translation>%1: 書き込めません: %2</translation>
    </message>
    <message>
        <location line="-90"/>
        <source> after %1 bytes</source>
        <translation> (%1 バイト受信後)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2: the body ends after %3 of %4 bytes (truncated)</source>
        <translation>%1: %2: 本文が %4 バイト中 %3 バイトで終わっています (途中で切れています)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2: the body is empty</source>
        <translation>%1: %2: 本文が空です</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: HTTP 200: data after the end of the offer file</source>
        <translation>%1: HTTP 200: オファーファイルの終わりの後にデータがあります</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1: the file&apos;s products are for %2, not %3</source>
        <translation>%1: このファイルの製品は %3 ではなく %2 のものです</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 %2: unchanged since the last update (HTTP 304), not downloaded</source>
        <translation>%1 %2: 前回の更新から変更がないため (HTTP 304)、ダウンロードしませんでした</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2 version %3 (%4): %5 MB, prices %6, instance types %7%8</source>
        <translation>%1 %2 バージョン %3 (%4): %5 MB、料金 %6 件、インスタンスタイプ %7 件。%8</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, kept in </source>
        <translation>保存先: </translation>
    </message>
    <message>
        <location line="+23"/>
        <source> (reset it with: container-compare prices reset %1)</source>
        <translation> (元に戻すには: container-compare prices reset %1)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>; the prices of %1 are unchanged</source>
        <translation>。%1 の料金は変更されていません</translation>
    </message>
</context>
<context>
    <name>PriceModel</name>
    <message>
        <location filename="../../models/PriceModel.cpp" line="+98"/>
        <source>USD/hour</source>
        <translation>USD/時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/month</source>
        <translation>USD/月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/vCPU-hour</source>
        <translation>USD/vCPU 時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/GB-hour</source>
        <translation>USD/GB 時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/GB-month</source>
        <translation>USD/GB-月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/GB-second</source>
        <translation>USD/GB 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/request</source>
        <translation>USD/リクエスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/image</source>
        <translation>USD/イメージ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/scan</source>
        <translation>USD/スキャン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/instance-month</source>
        <translation>USD/インスタンス月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/vCPU-month</source>
        <translation>USD/vCPU 月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/cluster-hour</source>
        <translation>USD/クラスター時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/instance-hour</source>
        <translation>USD/インスタンス時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/4vCPU-hour</source>
        <translation>USD/4 vCPU 時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/million-requests</source>
        <translation>USD/100 万リクエスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/million-events</source>
        <translation>USD/100 万イベント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/web-acl-month</source>
        <translation>USD/ウェブ ACL 月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/rule-month</source>
        <translation>USD/ルール月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/endpoint-hour</source>
        <translation>USD/エンドポイント時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD/IOPS-month</source>
        <translation>USD/IOPS-月</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no published price</source>
        <translation>公開価格なし</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Estimate (%1)</source>
        <translation>概算 (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirmed (%1)</source>
        <translation>確認済み (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No source gives this price for %1: it is shown as unknown, never as zero.</source>
        <translation>%1 のこの価格を示す出典がありません。0 ではなく「不明」と表示します。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An estimate: no primary source confirms this price.</source>
        <translation>概算: この価格を裏付ける一次情報はありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed by a published source.</source>
        <translation>公開されている出典で確認済みです。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Price</source>
        <translation>価格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As of</source>
        <translation>時点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confidence</source>
        <translation>確度</translation>
    </message>
</context>
<context>
    <name>PricesCommand</name>
    <message>
        <location filename="../../app/cli/PricesCommand.cpp" line="-49"/>
        <source>%1 up to %2</source>
        <translation>%2 まで %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 beyond</source>
        <translation>それ以上 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: no such file or folder</source>
        <translation>%1: ファイルもフォルダーもありません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the folder holds no offer file (*.json)</source>
        <translation>%1: フォルダーにオファーファイル (*.json) がありません</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: cannot be read</source>
        <translation>%1: 読み込めません</translation>
    </message>
    <message>
        <location line="+21"/>
        <source> (reset it with: container-compare prices reset %1)</source>
        <translation> (元に戻すには: container-compare prices reset %1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 %3 version %4 (%5): prices %6, instance types %7
</source>
        <translation>%1: %2 %3 バージョン %4 (%5): 価格 %6 件、インスタンスタイプ %7 件
</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>container-compare: warning: %1 is left out
</source>
        <translation>container-compare: 警告: %1 は除外しました
</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>prices show: no price book for region &quot;%1&quot;; regions with one: %2</source>
        <translation>prices show: リージョン「%1」の価格表はありません。価格表のあるリージョン: %2</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>name one or more offer files or folders</source>
        <translation>オファーファイルかフォルダーを 1 つ以上指定してください</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>name one region</source>
        <translation>リージョンを 1 つ指定してください</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>name one region, or --all</source>
        <translation>リージョンを 1 つ、または --all を指定してください</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: the imported prices are removed; %2
</source>
        <translation>%1: インポートした価格を削除しました。%2
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the shipped book applies</source>
        <translation>同梱の価格表が適用されます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the region has no book any more</source>
        <translation>このリージョンの価格表はなくなりました</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: nothing imported
</source>
        <translation>%1: インポートしたものはありません
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>  container-compare prices import PATH...
      import AWS Price List offer files (or every *.json of a folder): AmazonECS,
      AmazonEKS, AmazonEC2, AWSLambda, AmazonS3, AmazonEFS, one region per file
  container-compare prices list [--format table|json|csv]
      every region with a price book: shipped or imported, as of, counts
  container-compare prices show REGION [--format table|json|csv]
      every price of REGION as the app uses it, with its origin and source
  container-compare prices reset REGION|--all
      remove the imported prices: back to the shipped books
  (every prices command takes --lang en|ja for its messages)
</source>
        <translation>  container-compare prices import PATH...
      AWS Price List のオファーファイル (またはフォルダー内のすべての *.json) をインポートします:
      AmazonECS、AmazonEKS、AmazonEC2、AWSLambda、AmazonS3、AmazonEFS、1 ファイルに 1 リージョン
  container-compare prices list [--format table|json|csv]
      価格表のあるすべてのリージョン: 同梱かインポートか、時点、件数
  container-compare prices show REGION [--format table|json|csv]
      REGION のすべての価格を、アプリが使うとおりに、由来と出典とともに表示します
  container-compare prices reset REGION|--all
      インポートした価格を削除し、同梱の価格表に戻します
  (prices のどのコマンドも --lang en|ja でメッセージの言語を選べます)
</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>import, list, show, reset or update?</source>
        <translation>import、list、show、reset、update のどれを実行しますか?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown command &quot;%1&quot;; expected one of: import, list, show, reset, update</source>
        <translation>不明なコマンド「%1」です。import、list、show、reset、update のいずれかを指定してください</translation>
    </message>
</context>
<context>
    <name>PricesUpdateCommand</name>
    <message>
        <location filename="../../app/cli/PricesUpdateCommand.cpp" line="-143"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>  container-compare prices update --region R[,R...] | --all [--base-url URL] [--keep-downloads DIR]
      download the regions&apos; AWS Price List offer files and import them as they arrive
      (default base URL %1)
</source>
        <translation>  container-compare prices update --region R[,R...] | --all [--base-url URL] [--keep-downloads DIR]
      リージョンの AWS Price List オファーファイルをダウンロードし、届いたものから順にインポートします
      (既定のベース URL は %1)
</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&quot;%1&quot; is not a region code (like ap-northeast-3)</source>
        <translation>「%1」はリージョンコード (ap-northeast-3 など) ではありません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--region needs one or more region codes</source>
        <translation>--region にはリージョンコードを 1 つ以上指定してください</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--base-url &quot;%1&quot; is not an http, https or file URL</source>
        <translation>--base-url「%1」は http、https、file の URL ではありません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give --region or --all, not both</source>
        <translation>--region と --all のどちらか一方を指定してください (両方は不可)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>which regions? --region R[,R...] or --all</source>
        <translation>リージョンを指定してください: --region R[,R...] または --all</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>  %1 of %2 MB, %3 MB/s, %4 left; all files: %5 MB, %6 left
</source>
        <translation>  %1 / %2 MB、%3 MB/s、残り %4。全ファイル: %5 MB、残り %6
</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: updated
</source>
        <translation>%1: 更新しました
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  changed %1
</source>
        <translation>  変更: %1
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: unchanged
</source>
        <translation>%1: 変更はありません
</translation>
    </message>
</context>
<context>
    <name>PricesWindow</name>
    <message>
        <location filename="../../app/prices/PricesWindow.cpp" line="+33"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+35"/>
        <source>Prices</source>
        <translation>価格</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Every region with a price book. Select regions and update them from the AWS Price List, import offer files you downloaded (or drop them here), or go back to the shipped prices.</source>
        <translation>価格表のあるすべてのリージョン。リージョンを選んで AWS Price List から更新するか、ダウンロード済みのオファーファイルをインポート (ここへのドロップも可) するか、同梱の価格に戻します。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Price books by region</source>
        <translation>リージョン別の価格表</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Origin</source>
        <translation>出所</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>As of</source>
        <translation>時点</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Instance types</source>
        <translation>インスタンスタイプ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Estimates</source>
        <translation>概算</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>ap-northeast-3, eu-central-1, …</source>
        <translation>ap-northeast-3, eu-central-1, …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also update:</source>
        <translation>ほかに更新:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the offer files come from: AWS, or a mirror of its files</source>
        <translation>オファーファイルの取得元: AWS またはそのミラー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price List address:</source>
        <translation>Price List のアドレス:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Update selected</source>
        <translation>選択を更新(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import files…</source>
        <translation>ファイルをインポート(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset to shipped</source>
        <translation>同梱の価格に戻す(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import AWS Price List offer files</source>
        <translation>AWS Price List のオファーファイルをインポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer files (*.json);;All files (*)</source>
        <translation>オファーファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>no prices yet</source>
        <translation>価格なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported over shipped</source>
        <translation>インポート (同梱より優先)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>imported</source>
        <translation>インポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shipped</source>
        <translation>同梱</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Select the regions to update, or type their codes.</source>
        <translation>更新するリージョンを選ぶか、コードを入力してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Price List address “%1” is not a URL.</source>
        <translation>Price List のアドレス「%1」は URL ではありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the offer index…</source>
        <translation>オファーインデックスを読んでいます…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updating prices</source>
        <translation>価格を更新中</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Updating %1…</source>
        <translation>%1 を更新中…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of %2 MB</source>
        <translation>%1 / %2 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File %1 of %2: %3
%4, %5 MB/s, %6 left (all files: %7 left)</source>
        <translation>ファイル %1 / %2: %3
%4、%5 MB/s、残り %6 (全ファイル: 残り %7)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: updated</source>
        <translation>%1: 更新しました</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>    … and %1 more (%2)</source>
        <translation>    …ほか %1 件 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: unchanged (nothing new since the last update)</source>
        <translation>%1: 変更なし (前回の更新以降に新しいものはありません)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled: the region being updated keeps its prices.</source>
        <translation>キャンセルしました。更新中だったリージョンの価格はそのままです。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: back to the shipped prices</source>
        <translation>%1: 同梱の価格に戻しました</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>
Nothing was imported.</source>
        <translation>
何もインポートしませんでした。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 %3 version %4: %5 prices, %6 instance types</source>
        <translation>%1: %2 %3 バージョン %4: 価格 %5 件、インスタンスタイプ %6 件</translation>
    </message>
</context>
<context>
    <name>PurchaseField</name>
    <message>
        <location filename="../../app/ui/PurchaseField.cpp" line="+16"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default</source>
        <translation>既定</translation>
    </message>
</context>
<context>
    <name>RegionsExport</name>
    <message>
        <location filename="../../models/RegionsExport.cpp" line="+22"/>
        <source>unavailable</source>
        <translation>利用不可</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (USD/month)</source>
        <translation>%1 (USD/月)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>* the cheapest region of the option; unknown and unavailable are never cheapest
</source>
        <translation>* そのオプションの最安リージョン。不明・利用不可は最安になりません
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cheapest overall: none (no option is priced completely and meets the workload)
</source>
        <translation>全体の最安: なし (すべての価格がわかり、ワークロードを満たすオプションがありません)
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cheapest overall: %1 in %2, %3 USD/month
</source>
        <translation>全体の最安: %2 の %1、%3 USD/月
</translation>
    </message>
</context>
<context>
    <name>RegionsView</name>
    <message>
        <location filename="../../app/compare/RegionsView.cpp" line="+26"/>
        <source>Monthly total in every region</source>
        <translation>全リージョンの月額合計</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sho&amp;w:</source>
        <translation>表示(&amp;W):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Monthly total of one option in every region</source>
        <translation>1 つの構成の全リージョンでの月額合計</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Table of every option</source>
        <translation>全構成の表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chart of %1</source>
        <translation>%1 のグラフ</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No bar: %1.</source>
        <translation>グラフに表示しないリージョン: %1。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cheapest overall: %1 in %2, %3 a month (%4 regions with prices).</source>
        <translation>全体の最安: %2 の %1、月額 %3 (価格のあるリージョン %4)。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (USD/month)</source>
        <translation>%1 (USD/月)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unavailable</source>
        <translation>利用不可</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The cheapest region for this option</source>
        <translation>このオプションの最安リージョン</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A price this option needs is not known in this region</source>
        <translation>このリージョンでは、このオプションに必要な価格が不明です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This option cannot be priced in this region</source>
        <translation>このリージョンでは、このオプションの価格を出せません</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>No option is priced completely in any region.</source>
        <translation>どのリージョンでも、すべての価格がわかるオプションはありません。</translation>
    </message>
</context>
<context>
    <name>ReportData</name>
    <message>
        <location filename="../../app/report/ReportData.cpp" line="+142"/>
        <source>Untitled comparison</source>
        <translation>無題の比較</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 vCPU</source>
        <translation>%1 vCPU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>rounded to the nearest unit</source>
        <translation>最小単位に四捨五入</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>API only</source>
        <translation>API のみ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>block</source>
        <translation>ブロック</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>not available</source>
        <translation>利用不可</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 + unknown</source>
        <translation>%1 + 不明</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (cannot run this workload)</source>
        <translation>%1 (このワークロードは実行不可)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>estimate</source>
        <translation>概算</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>confirmed</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>A month is %1 hours, the AWS Pricing Calculator&apos;s convention.</source>
        <translation>1 か月を %1 時間としています (AWS Pricing Calculator の方式)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A month is %1 days of %2 hours: %3 hours of running.</source>
        <translation>1 か月を %1 日 × %2 時間とし、%3 時間稼働するものとしています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly prices (plans, GB-months) are prorated over 730 hours.</source>
        <translation>月額の価格 (プラン、GB-月) は 730 時間で按分しています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prices are in USD as published; totals are shown to the cent.</source>
        <translation>価格は公開されている USD のままで、合計はセント単位で表示しています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prices are published in USD and shown in %1 at 1 USD = %2 %1, %3; USD is shown beside to the cent.</source>
        <translation>価格は USD で公開されており、1 USD = %2 %1 (%3) で %1 に換算して表示しています。USD もセント単位で併記しています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rounded down to the whole unit</source>
        <translation>単位未満を切り捨て</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fargate bills only its documented CPU and memory pairs: a task between them is billed at the cheapest pair that fits, and the difference is shown as over-provisioning.</source>
        <translation>Fargate はドキュメントに記載された CPU とメモリの組み合わせでのみ課金されます。その間にあるタスクは収まる最安の組み合わせで課金され、差分は余剰容量 (オーバープロビジョニング) として表示します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: each task is billed as %2 vCPU / %3 GiB.</source>
        <translation>%1: 各タスクは %2 vCPU / %3 GiB として課金されます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: one %2 host carries the tasks.</source>
        <translation>%1: %2 のホスト 1 台でタスクを実行します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 hosts of %3 carry the tasks.</source>
        <translation>%1: %3 のホスト %2 台でタスクを実行します。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2 at %3% off on-demand, the scenario&apos;s own figure.</source>
        <translation>%1: %2 はオンデマンドから %3% 割引 (シナリオで指定した値)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 at %3% off on-demand (%4, source %5, %6).</source>
        <translation>%1: %2 はオンデマンドから %3% 割引 (%4、出典 %5、%6)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the line items shown are priced: data transfer, load balancers, NAT gateways and logs are not included unless listed.</source>
        <translation>料金を計算しているのは表示している項目だけです。データ転送、ロードバランサー、NAT ゲートウェイ、ログは、記載がない限り含まれていません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A price nobody published is shown as unknown and left out of a total, never counted as zero; a total that leaves one out says so.</source>
        <translation>公開されていない価格は「不明」と表示し、0 として数えず合計から除外します。除外した合計にはその旨を示します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Figures marked as estimates come from prices that could not be confirmed; see the sources.</source>
        <translation>概算と示した数値は確認できなかった価格に基づいています。出典を参照してください。</translation>
    </message>
    <message>
        <location line="-310"/>
        <source>Lightsail %1</source>
        <translation>Lightsail %1</translation>
    </message>
    <message>
        <location line="+380"/>
        <source>no price book</source>
        <translation>価格表なし</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 version %2, published %3</source>
        <translation>%1 バージョン %2 (公開 %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>prices as of %1</source>
        <translation>%1 時点の価格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; AWS Price List offer files: %1</source>
        <translation>。AWS Price List のオファーファイル: %1</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <location filename="../../app/report/ReportWriter.cpp" line="+136"/>
        <source>Note</source>
        <translation>注記</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Caution</source>
        <translation>注意</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not available</source>
        <translation>利用不可</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No figure rests on an estimated price.</source>
        <translation>概算価格に基づく数値はありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One figure rests on an estimated price.</source>
        <translation>1 つの数値が概算価格に基づいています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 figures rest on estimated prices.</source>
        <translation>%1 個の数値が概算価格に基づいています。</translation>
    </message>
    <message>
        <location line="+77"/>
        <location line="+619"/>
        <location line="+51"/>
        <source>Container Compare for AWS</source>
        <translation>Container Compare for AWS</translation>
    </message>
    <message>
        <location line="-664"/>
        <source>What running this workload costs a month, option by option</source>
        <translation>このワークロードを実行した場合の構成ごとの月額料金</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+398"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location line="-397"/>
        <location line="+111"/>
        <location line="+307"/>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <location line="-417"/>
        <source>Workload</source>
        <translation>ワークロード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options&apos; own settings</source>
        <translation>選択肢ごとの設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency and rate</source>
        <translation>通貨とレート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options compared</source>
        <translation>比較した構成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prices as of</source>
        <translation>価格の時点</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cheapest</source>
        <translation>最安</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Figures marked * rest on an estimated price. Prices are published in USD; the sources and their dates are listed at the end of this report.</source>
        <translation>* 印の数値は概算価格に基づいています。価格は USD で公開されています。出典と日付はこのレポートの最後に記載しています。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Summary: every option, cheapest first</source>
        <translation>概要: すべての構成 (安い順)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+409"/>
        <source>Option</source>
        <translation>構成</translation>
    </message>
    <message>
        <location line="-409"/>
        <source>Monthly total</source>
        <translation>月額合計</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+135"/>
        <location line="+122"/>
        <location line="+51"/>
        <location line="+73"/>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <location line="-377"/>
        <source>Key note</source>
        <translation>主な注記</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Charts</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Regions</source>
        <translation>リージョン別</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No option can be priced completely in any region with prices.</source>
        <translation>価格のあるどのリージョンでも、すべての価格が分かる構成はありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cheapest anywhere: %1 in %2, %3 a month.</source>
        <translation>全リージョンでの最安: %2 の %1、月額 %3。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>not available</source>
        <translation>利用不可</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>★ the cheapest region for the option; shaded: the cheapest anywhere. Every option is priced in the row&apos;s region with that region&apos;s book (%1); “unknown”: a price it needs is not in the book; “not available”: it cannot run there as set.</source>
        <translation>★ はその構成の最安リージョン、網掛けは全リージョンでの最安です。各構成は行のリージョンで、そのリージョンの価格表を使って計算しています (%1)。「不明」は必要な価格が価格表にないこと、「利用不可」はその設定ではそのリージョンで実行できないことを示します。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Breakdown by option</source>
        <translation>構成ごとの内訳</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+122"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="-122"/>
        <location line="+150"/>
        <location line="+49"/>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <location line="-199"/>
        <location line="+122"/>
        <location line="+28"/>
        <location line="+23"/>
        <location line="+26"/>
        <source>Monthly</source>
        <translation>月額</translation>
    </message>
    <message>
        <location line="-235"/>
        <location line="+48"/>
        <location line="+130"/>
        <location line="+11"/>
        <location line="+38"/>
        <location line="+11"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Capability matrix</source>
        <translation>機能マトリクス</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Rank</source>
        <translation>順位</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Why these scores</source>
        <translation>評価の理由</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Storage side by side</source>
        <translation>ストレージの比較</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every storage type priced for %1 GB for the period, with the cautions that matter for containers.</source>
        <translation>各ストレージタイプを期間中 %1 GB として計算し、コンテナで重要な注意点を併記しています。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Storage</source>
        <translation>ストレージ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Multi-AZ</source>
        <translation>マルチ AZ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mounts from</source>
        <translation>マウント元</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Storage in this scenario</source>
        <translation>このシナリオのストレージ</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Security side by side</source>
        <translation>セキュリティの比較</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What each security service would cost a month for this workload (%1).</source>
        <translation>各セキュリティサービスをこのワークロードで使った場合の月額料金 (%1)。</translation>
    </message>
    <message>
        <location line="-108"/>
        <location line="+111"/>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <location line="-282"/>
        <source>★ the cheapest option that can run the workload, every price known. %1 a month; %2.</source>
        <translation>★ ワークロードを実行でき、すべての価格が判明している中で最安の選択肢。1 か月は %1、%2。</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>Every service rated 0 (cannot) to 4 (best of the set) on each criterion. The services compared here are in bold; their score weighs each criterion by its weight (%1).</source>
        <translation>各サービスを基準ごとに 0 (不可) から 4 (この中で最良) で評価しています。比較対象のサービスは太字で、スコアは各基準を重みで加重しています (%1)。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>What it does</source>
        <translation>機能の概要</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Security in this scenario</source>
        <translation>このシナリオのセキュリティ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Assumptions</source>
        <translation>前提条件</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Price sources</source>
        <translation>価格の出典</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <location line="+24"/>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>AWS Price List offer file version %1, published %2%3</source>
        <translation>AWS Price List のオファーファイル バージョン %1、公開 %2%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, file %1</source>
        <translation>、ファイル %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Prices behind the figures</source>
        <translation>数値の根拠となる価格</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Price</source>
        <translation>価格</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+25"/>
        <source>As of</source>
        <translation>時点</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+25"/>
        <source>Confidence</source>
        <translation>確度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discounts</source>
        <translation>割引</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Purchase</source>
        <translation>購入オプション</translation>
    </message>
    <message>
        <location line="-561"/>
        <source>none: every option runs the workload as stated</source>
        <translation>なし: すべての選択肢が記載どおりのワークロードを実行</translation>
    </message>
    <message>
        <location line="+549"/>
        <source>version %1</source>
        <translation>バージョン %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>published %1</source>
        <translation>公開 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Off on-demand</source>
        <translation>オンデマンドからの割引</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cannot write %1: the PDF could not be drawn</source>
        <translation>%1 に書き込めません: PDF を描画できませんでした</translation>
    </message>
</context>
<context>
    <name>Scaling</name>
    <message>
        <location filename="../../models/Scaling.cpp" line="+225"/>
        <source>1 task</source>
        <translation>1 タスク</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 tasks</source>
        <translation>%1 タスク</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No two options cross from 1 to %1: the order stays the same.</source>
        <translation>1〜%1 で交差する選択肢はなく、順位は変わらない。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>between %1 and %2</source>
        <translation>%1〜%2 の間で</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The cheapest changes %1: from %2 on, %3 is cheaper than %4.</source>
        <translation>最安が %1 入れ替わる: %2 以上では %3 が %4 より安い。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The cheapest option stays the same from 1 to %1.</source>
        <translation>1〜%1 で最安の選択肢は変わらない。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 becomes cheaper than %2 %3.</source>
        <translation>%1 が %2 より安くなる (%3)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 other crossings between options, marked on the chart.</source>
        <translation>ほかに選択肢どうしの交差が %1 か所あり、グラフに示している。</translation>
    </message>
</context>
<context>
    <name>ScenarioDocument</name>
    <message>
        <location filename="../../models/ScenarioDocument.cpp" line="+21"/>
        <source>New comparison</source>
        <translation>新しい比較</translation>
    </message>
    <message>
        <location filename="../../models/DocumentRecovery.cpp" line="-170"/>
        <location filename="../../models/ScenarioDocument.cpp" line="+51"/>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <location filename="../../models/ScenarioDocument.cpp" line="+65"/>
        <source>Change title</source>
        <translation>タイトルの変更</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change region</source>
        <translation>リージョンの変更</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change tasks</source>
        <translation>タスク数の変更</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change vCPU</source>
        <translation>vCPU の変更</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change memory</source>
        <translation>メモリの変更</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change architecture</source>
        <translation>アーキテクチャの変更</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change operating system</source>
        <translation>OS の変更</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change ephemeral storage</source>
        <translation>エフェメラルストレージの変更</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change requests</source>
        <translation>リクエスト数の変更</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change duration</source>
        <translation>実行時間の変更</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change period</source>
        <translation>期間の変更</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change currency</source>
        <translation>通貨の変更</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change weight</source>
        <translation>重みの変更</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change scaling range</source>
        <translation>スケーリングの範囲の変更</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Change option</source>
        <translation>構成の変更</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Compare option</source>
        <translation>構成を比較対象に</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leave option out</source>
        <translation>構成を比較対象外に</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add option</source>
        <translation>構成の追加</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove option</source>
        <translation>構成の削除</translation>
    </message>
</context>
<context>
    <name>ScenarioFile</name>
    <message>
        <location filename="../../models/Scenario.cpp" line="+116"/>
        <source>%1 options are too many; a scenario compares at most %2</source>
        <translation>構成が %1 個は多すぎます。1 つのシナリオで比較できるのは最大 %2 個です</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>must be greater than 0 and at most %1</source>
        <translation>0 より大きく %1 以下である必要があります</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is missing</source>
        <translation>がありません</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>unknown region &quot;%1&quot;; expected one of: %2</source>
        <translation>不明なリージョン「%1」です。次のいずれかを指定してください: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>give &quot;hours&quot;, or &quot;days&quot; and &quot;hoursPerDay&quot;, not both</source>
        <translation>&quot;hours&quot;、または &quot;days&quot; と &quot;hoursPerDay&quot; のどちらか一方を指定してください (両方は不可)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 days of %2 hours is less than the shortest period, 1 hour</source>
        <translation>%1 日 × %2 時間は最短の期間 (1 時間) より短くなります</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give &quot;hours&quot;, or &quot;days&quot; and &quot;hoursPerDay&quot;</source>
        <translation>&quot;hours&quot;、または &quot;days&quot; と &quot;hoursPerDay&quot; を指定してください</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>must be 1 for USD, or left out</source>
        <translation>USD では 1 にするか、省略する必要があります</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>required for %1: how many %1 one US dollar buys, for example 155</source>
        <translation>%1 では必須です: 1 米ドルあたりの %1 の額 (例: 155)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>must not be empty</source>
        <translation>空にはできません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate id &quot;%1&quot;; %2 has it already</source>
        <translation>ID「%1」が重複しています。%2 で使われています</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>unknown service &quot;%1&quot;; expected one of: %2</source>
        <translation>不明なサービス「%1」です。次のいずれかを指定してください: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>unknown instance type &quot;%1&quot;; the %2 price book has no such type</source>
        <translation>不明なインスタンスタイプ「%1」です。%2 の価格表にはありません</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown runtime &quot;%1&quot;; expected one of: %2</source>
        <translation>不明なランタイム「%1」です。次のいずれかを指定してください: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 chooses its own runtime; leave &quot;runtime&quot; out</source>
        <translation>%1 はランタイムを自分で選びます。&quot;runtime&quot; は省略してください</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>required for %1; expected one of: %2</source>
        <translation>%1 では必須です。次のいずれかを指定してください: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not run on &quot;%2&quot;; expected one of: %3</source>
        <translation>%1 は「%2」では実行できません。次のいずれかを指定してください: %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown storage type &quot;%1&quot;; expected one of: %2</source>
        <translation>不明なストレージタイプ「%1」です。次のいずれかを指定してください: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown security service &quot;%1&quot;; expected one of: %2</source>
        <translation>不明なセキュリティサービス「%1」です。次のいずれかを指定してください: %2</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>no such file</source>
        <translation>ファイルがありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is a folder, not a scenario file</source>
        <translation>はフォルダーで、シナリオファイルではありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>cannot be read: %1</source>
        <translation>読み込めません: %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>is %1 bytes, too large to be a scenario file</source>
        <translation>は %1 バイトあり、シナリオファイルとしては大きすぎます</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is too large to be a scenario file</source>
        <translation>はシナリオファイルとしては大きすぎます</translation>
    </message>
    <message>
        <location line="+84"/>
        <location line="+11"/>
        <source>%1: cannot be written: %2</source>
        <translation>%1: 書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>SecurityPanel</name>
    <message>
        <location filename="../../app/compare/SecurityPanel.cpp" line="+47"/>
        <source>Security services</source>
        <translation>セキュリティサービス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In scenario</source>
        <translation>含める</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Applies to</source>
        <translation>対象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billed</source>
        <translation>課金</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Monthly</source>
        <translation>月額</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it does</source>
        <translation>機能の概要</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add security service</source>
        <translation>セキュリティサービスを追加</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove security service</source>
        <translation>セキュリティサービスを削除</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>everything</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+3"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>In the scenario: %1 a month for this workload (services ticked: %2), on top of each option&apos;s bill.</source>
        <translation>シナリオに含める分: このワークロードで月額 %1 (チェックしたサービス: %2)。各構成の料金に加算します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Security services that apply to the compared options, priced for this workload. Tick one to add it to every option&apos;s bill.</source>
        <translation>比較する構成に適用できるセキュリティサービスを、このワークロードの料金で示します。チェックするとすべての構成の料金に加算します。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/shell/SettingsDialog.cpp" line="+13"/>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Follow the system</source>
        <translation>システムに従う</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole window switches language at once.</source>
        <translation>ウィンドウ全体の言語がすぐに切り替わります。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Appearance</source>
        <translation>外観(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JPY</source>
        <translation>JPY</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency of a new comparison</source>
        <translation>新しい比較の通貨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New comparisons in</source>
        <translation>新しい比較の通貨</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 USD = </source>
        <translation>1 USD = </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> JPY</source>
        <translation> JPY</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default exchange rate</source>
        <translation>既定の為替レート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rate</source>
        <translation>レート(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round to nearest</source>
        <translation>四捨五入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Truncate (floor)</source>
        <translation>切り捨て</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default rounding</source>
        <translation>既定の端数処理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;ounding</source>
        <translation>端数処理(&amp;O)</translation>
    </message>
</context>
<context>
    <name>SlideRenderer</name>
    <message>
        <location filename="../../app/report/SlideRenderer.cpp" line="+203"/>
        <location line="+555"/>
        <source>Container Compare for AWS</source>
        <translation>Container Compare for AWS</translation>
    </message>
    <message>
        <location line="-551"/>
        <source>What running this workload costs a month on AWS, option by option</source>
        <translation>このワークロードを AWS で実行した場合の構成ごとの月額料金</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>prices as of %1</source>
        <translation>%1 時点の価格</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The workload</source>
        <translation>ワークロード</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every option below runs this for the same month, except what it sets for itself (after its name).</source>
        <translation>以下の選択肢はすべて同じ月にこれを実行する。ただし選択肢ごとの設定 (名前の後) を除く。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every option below runs exactly this, in the same region, for the same month.</source>
        <translation>以下のすべての構成で、同じリージョン、同じ 1 か月間にこのワークロードを実行します。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+232"/>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <location line="-231"/>
        <source>Tasks</source>
        <translation>タスク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCPU per task</source>
        <translation>タスクあたりの vCPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory per task</source>
        <translation>タスクあたりのメモリ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Architecture</source>
        <translation>アーキテクチャ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operating system</source>
        <translation>OS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase</source>
        <translation>購入オプション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compared</source>
        <translation>比較対象</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The platforms, rated</source>
        <translation>プラットフォームの評価</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0 = cannot, 4 = best of the set; the score weighs each criterion by its weight.</source>
        <translation>0 = 不可、4 = この中で最良。スコアは各基準を重みで加重しています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Criterion</source>
        <translation>基準</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Weighted score</source>
        <translation>加重スコア</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>順位</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cheapest: %1</source>
        <translation>最安: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 pays %2 a month for capacity it does not use</source>
        <translation>%1 は使わない容量に月額 %2 を支払っています</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The control plane adds %1 a month to %2</source>
        <translation>コントロールプレーンで %2 に月額 %1 が加わります</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 at %2: %3</source>
        <translation>%2 での %1: %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Storage for %1 GB, side by side</source>
        <translation>%1 GB のストレージの比較</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block storage is tied to one host and one zone; file storage is shared; S3 is an API.</source>
        <translation>ブロックは 1 ホスト・1 ゾーン限定、ファイルは共有可能、S3 は API で利用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Storage</source>
        <translation>ストレージ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Multi-AZ</source>
        <translation>マルチ AZ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mounts from</source>
        <translation>マウント元</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+25"/>
        <location line="+88"/>
        <source>Monthly</source>
        <translation>月額</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <location line="+42"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Security for this workload</source>
        <translation>このワークロードのセキュリティ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspector finds vulnerable images; GuardDuty watches what running containers do.</source>
        <translation>Inspector は脆弱なイメージを見つけ、GuardDuty は実行中のコンテナの動作を監視します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Priced for</source>
        <translation>計算の前提</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This workload in every region with prices</source>
        <translation>価格のある全リージョンでのこのワークロード</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cheapest anywhere: %1 in %2 — %3 a month</source>
        <translation>全リージョンでの最安: %2 の %1 — 月額 %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No option can be priced completely in any region with prices.</source>
        <translation>価格のあるどのリージョンでも、すべての価格が分かる構成はありません。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>not available</source>
        <translation>利用不可</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>… and %1 more regions in the report</source>
        <translation>… ほか %1 リージョンはレポートに掲載</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Summary and ranking</source>
        <translation>概要と順位</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cheapest: %1 · best fit for the weights: %2</source>
        <translation>最安: %1 · 重み付けで最適: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Cost, cheapest first</source>
        <translation>料金 (安い順)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Fit for the weights</source>
        <translation>重み付けでの適合度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+144"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Slide 16:9</source>
        <translation>16:9 のスライド</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot write %1: the slides could not be drawn</source>
        <translation>%1 に書き込めません: スライドを描画できませんでした</translation>
    </message>
</context>
<context>
    <name>StoragePanel</name>
    <message>
        <location filename="../../app/compare/StoragePanel.cpp" line="+39"/>
        <source>Price storage of</source>
        <translation>料金を計算する容量</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Storage size in GiB</source>
        <translation>ストレージのサイズ (GiB)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Storage prices</source>
        <translation>ストレージの価格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In scenario</source>
        <translation>含める</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Storage</source>
        <translation>ストレージ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Monthly</source>
        <translation>月額</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>USD/GB-month</source>
        <translation>USD/GB-月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caution (from the deck)</source>
        <translation>注意点 (資料より)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Change storage size</source>
        <translation>ストレージのサイズの変更</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add storage</source>
        <translation>ストレージを追加</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove storage</source>
        <translation>ストレージを削除</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Add %1 to every option&apos;s bill</source>
        <translation>%1 をすべての構成の料金に加算</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>, multi-AZ</source>
        <translation>、マルチ AZ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, shared</source>
        <translation>、共有</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Priced from an estimate</source>
        <translation>概算に基づく価格</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <location line="+3"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>No published price in this region</source>
        <translation>このリージョンの公開価格はありません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Source %1, as of %2, %3</source>
        <translation>出典 %1、%2 時点、%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>estimate</source>
        <translation>概算</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>confirmed</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mounts from: %1</source>
        <translation>マウント元: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a month, in %1. Cheapest: %2, %3.</source>
        <translation>の月額 (%1)。最安: %2、%3。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a month, in %1.</source>
        <translation>の月額 (%1)。</translation>
    </message>
</context>
<context>
    <name>TaskRangeSpinBox</name>
    <message>
        <location filename="../../app/ui/TaskRangeSpinBox.cpp" line="+16"/>
        <location line="+24"/>
        <source>Largest task count on the scaling chart</source>
        <translation>スケーリンググラフの最大タスク数</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+24"/>
        <source>Automatic: twice the workload&apos;s task count, at least 10</source>
        <translation>自動: ワークロードのタスク数の 2 倍 (最低 10)</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+45"/>
        <source>Automatic (%1)</source>
        <translation>自動 (%1)</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../../app/ui/Theme.cpp" line="+150"/>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the system</source>
        <translation>システムに従う</translation>
    </message>
</context>
<context>
    <name>WorkloadForm</name>
    <message>
        <location filename="../../app/compare/WorkloadForm.cpp" line="+67"/>
        <source>Workload</source>
        <translation>ワークロード</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scenario title</source>
        <translation>シナリオのタイトル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name this comparison</source>
        <translation>この比較の名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;itle</source>
        <translation>タイトル(&amp;I)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Region</source>
        <translation>リージョン(&amp;R)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>T&amp;asks</source>
        <translation>タスク(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tasks</source>
        <translation>タスク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies of the container running all month</source>
        <translation>1 か月間実行するコンテナの数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>vCPU per task</source>
        <translation>タスクあたりの vCPU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vCP&amp;U</source>
        <translation>vCPU(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> vCPU</source>
        <translation> vCPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCPU each task needs</source>
        <translation>各タスクに必要な vCPU</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Memory</source>
        <translation>メモリ(&amp;M)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Memory per task in GiB</source>
        <translation>タスクあたりのメモリ (GiB)</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+23"/>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory each task needs, in GiB</source>
        <translation>各タスクに必要なメモリ (GiB)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>x86_64</source>
        <translation>x86_64</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>arm64 (Graviton)</source>
        <translation>arm64 (Graviton)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Architecture x86_64</source>
        <translation>アーキテクチャ x86_64</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Architecture arm64</source>
        <translation>アーキテクチャ arm64</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Architecture</source>
        <translation>アーキテクチャ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operating system</source>
        <translation>OS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;OS</source>
        <translation>OS(&amp;O)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ephemeral storage per task in GiB</source>
        <translation>タスクあたりのエフェメラルストレージ (GiB)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ephemera&amp;l</source>
        <translation>エフェメラル(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task storage on Fargate; above 20 GiB it is billed</source>
        <translation>Fargate のタスクストレージ。20 GiB を超える分は課金されます</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Period in hours</source>
        <translation>期間 (時間)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> h</source>
        <translation> 時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours in the period</source>
        <translation>期間の時間数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a month</source>
        <translation>1 か月</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Period in days</source>
        <translation>期間 (日)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> d</source>
        <translation> 日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days in the period</source>
        <translation>期間の日数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> h/d</source>
        <translation> 時間/日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours a day</source>
        <translation>1 日あたりの時間数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most %1 hours in all</source>
        <translation>合計 %1 時間まで</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>&amp;Period</source>
        <translation>期間(&amp;P)</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Purchase and money</source>
        <translation>購入と金額</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Purchase option</source>
        <translation>購入オプション</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discount off on-demand in percent</source>
        <translation>オンデマンドからの割引率 (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fraction off on-demand; &quot;default&quot; uses the catalog&apos;s figure</source>
        <translation>オンデマンドからの割引率。「既定」ではカタログの値を使います</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>&amp;Buy</source>
        <translation>購入(&amp;B)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Display currency</source>
        <translation>表示通貨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JPY</source>
        <translation>JPY</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 USD = </source>
        <translation>1 USD = </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange rate, units of the display currency per USD</source>
        <translation>為替レート (1 USD あたりの表示通貨の額)</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>&amp;Currency</source>
        <translation>通貨(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rounding</source>
        <translation>端数処理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round to nearest</source>
        <translation>四捨五入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Truncate (floor)</source>
        <translation>切り捨て</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ro&amp;unding</source>
        <translation>端数処理(&amp;U)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Lambda</source>
        <translation>Lambda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;quests</source>
        <translation>リクエスト(&amp;Q)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requests a month</source>
        <translation>月間リクエスト数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> /month</source>
        <translation> /月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Duration</source>
        <translation>実行時間(&amp;D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Average duration of a request in milliseconds</source>
        <translation>リクエストの平均実行時間 (ミリ秒)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> ms</source>
        <translation> ミリ秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lambda stops a call at 15 minutes</source>
        <translation>Lambda の呼び出しは 15 分で停止します</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>: problem</source>
        <translation>: 問題あり</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>On-demand</source>
        <translation>オンデマンド</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: default −%2 %</source>
        <translation>%1: 既定 −%2 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (estimate)</source>
        <translation> (概算)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change purchase option</source>
        <translation>購入オプションを変更</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change discount</source>
        <translation>割引率の変更</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Mixed (set per option)</source>
        <translation>混在 (構成ごとに設定)</translation>
    </message>
</context>
</TS>
