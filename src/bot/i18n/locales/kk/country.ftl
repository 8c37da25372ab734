## Country
country-header = { $flag } <b>{ $name }</b>: { $year } жылдан бері { $count } материал
country-empty = { $flag } <b>{ $name }</b> елімен жарияланған материал әзірге жоқ. Біріншісі туралы білу үшін жазылыңыз.
country-home = { $flag } { $name } — біздің ел: барлық материал оның ынтымақтастығы туралы. /latest немесе серіктес елді көріңіз: <code>/country ресей</code>.
country-follow = 🔔 Бақылау: { $flag } { $name }
country-unknown = «{ $query }» деген елді білмеймін. Атауын қазақша, орысша не ағылшынша жазыңыз немесе тізім үшін /country жіберіңіз.
country-suggest = «{ $query }» дегенді білмеймін. Мүмкін, мыналардың бірі:
country-pick = Материалы бар елдер ({ $count }). Таңдаңыз:
country-none-yet = Жарияланған материал әзірге жоқ. Алғашқылары туралы білу үшін /subscribe жіберіңіз.
country-header-filtered = { $flag } <b>{ $name }</b> · { $filter }: { $count } материал
country-empty-filtered = { $flag } <b>{ $name }</b> · { $filter }: жарияланған материал жоқ. Жылды не түрді алып тастасаңыз, тізім ұзағырақ болуы мүмкін.
